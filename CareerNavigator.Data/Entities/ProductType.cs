using NpgsqlTypes;

namespace CareerNavigator.Data.Entities;

/// <summary>
/// The products generated from a profile: the seed's nine labels, and <c>cover_letter</c>, which belongs to one job
/// application (<see cref="GeneratedProduct.JobApplicationId"/>).
/// </summary>
public enum ProductType
{
    [PgName("linkedin_export")] LinkedInExport,
    [PgName("cv")] Cv,
    [PgName("suggested_courses")] SuggestedCourses,
    [PgName("career_plan_1y")] CareerPlan1Y,
    [PgName("career_plan_3y")] CareerPlan3Y,
    [PgName("career_plan_5y")] CareerPlan5Y,
    [PgName("possible_jobs")] PossibleJobs,
    [PgName("possible_companies")] PossibleCompanies,
    [PgName("relocation_help")] RelocationHelp,
    [PgName("cover_letter")] CoverLetter,
}
