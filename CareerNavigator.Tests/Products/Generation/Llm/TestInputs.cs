using CareerNavigator.Data.Entities;
using CareerNavigator.Web.DemoData;
using CareerNavigator.Web.Products.Generation;
using CareerNavigator.Web.Products.Types;

namespace CareerNavigator.Tests.Products.Generation.Llm;

public static class TestInputs
{
    /// <summary>A demo persona's complete record, as the generation service would load it.</summary>
    public static GenerationInput Persona(int index = 0)
    {
        var persona = DemoPersonas.All[index];
        return new GenerationInput(1000 + index, persona.Group, persona.Profile(), persona.Jobs(), persona.Courses(), persona.Education());
    }

    /// <summary>
    /// <paramref name="input"/> as generation gets it for <paramref name="type"/>: a product that belongs to an application
    /// (a cover letter) comes with <see cref="Brief"/>, every other product with none.
    /// </summary>
    public static GenerationInput For(ProductType type, GenerationInput input) =>
        ProductCatalog.Default.For(type).Ownership == Ownership.BelongsToApplication ? input with { Application = Brief(input) } : input;

    /// <summary>
    /// An application the input's records partly meet: the first skill of its newest job (met, shown by that job), its
    /// first language (met) and Italian at B2, which it does not meet.
    /// </summary>
    public static ApplicationBrief Brief(GenerationInput input)
    {
        var requirements = new List<BriefRequirement>();
        if (input.Jobs.OrderByDescending(j => j.StartDate).FirstOrDefault(j => j.SkillsUsed.Count > 0) is { } job)
        {
            requirements.Add(new BriefRequirement(BriefRequirementKind.Skill, job.SkillsUsed[0], Required: true, Met: true,
                [new BriefEvidence(BriefRecordKind.Job, job.Id, $"{job.Position} at {job.CompanyName}", job.SkillsUsed[0])]));
        }
        if (input.Profile.Languages.FirstOrDefault() is { } language)
        {
            requirements.Add(new BriefRequirement(BriefRequirementKind.Language, language.Language, Required: false, Met: true,
                [new BriefEvidence(BriefRecordKind.Language, null, language.Language, language.Proficiency)]));
        }
        requirements.Add(new BriefRequirement(BriefRequirementKind.Language, "Italian (B2 or above)", Required: true, Met: false, []));
        return new ApplicationBrief(4200, "Kestrel Logistics", "Operations Analyst", "Madrid", "Marta Silva", requirements);
    }

    /// <summary>A small record with <paramref name="text"/> in the field picked by <paramref name="slot"/>.</summary>
    public static GenerationInput WithText(string text, int slot)
    {
        var profile = new UserProfile { CareerGoals = "Become a data analyst.", CvContent = "Analyst at Norte Data (2020-2023).", Culture = "es-ES" };
        var job = new JobExperience { CompanyName = "Norte Data", Position = "Analyst", StartDate = new DateOnly(2020, 1, 1), Description = "Reports." };
        var course = new Course { CourseName = "SQL basics", Institution = "Open Campus" };
        var education = new AcademicRecord { InstitutionName = "Universidad de Prueba", Degree = "BSc", FieldOfStudy = "Statistics" };
        switch (slot % 6)
        {
            case 0: profile.CvContent = text; break;
            case 1: profile.LifeProfile = text; break;
            case 2: job.Description = text; break;
            case 3: job.CompanyName = text; break;
            case 4: course.CourseName = text; break;
            default: profile.DesiredJobLocations = ["Madrid", text]; break;
        }

        return new GenerationInput(7, UserGroup.InexperiencedWithGoal, profile, [job], [course], [education]);
    }
}
