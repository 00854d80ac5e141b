using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Products.Generation.BuiltIn;
using CareerNavigator.Web.Products.Types;
using CareerNavigator.Web.Products.Types.SuggestedCourses;

namespace CareerNavigator.Web.Products.Types.SuggestedCourses;

public sealed class SuggestedCoursesDescriptor : ProductTypeDescriptor<SuggestedCoursesContent>
{
    public const ProductType Kind = ProductType.SuggestedCourses;
    public override ProductType Type => Kind;
    public override string Title => "Suggested courses";
    public override string Summary => "Courses that close the skill gaps between you and your goal.";
    public override string Icon => MudBlazor.Icons.Material.Outlined.School;
    public override Type Renderer => typeof(SuggestedCoursesView);
    public override GroupRanks Ranks => new(Unclassified: 5, ExperiencedContinuing: 7, ExperiencedChanging: 2, InexperiencedWithGoal: 2, InexperiencedNoGoal: 2);

    internal override void Check(SuggestedCoursesContent content, ContentProblems problems) => SuggestedCoursesRules.Check(content, problems);

    internal override SuggestedCoursesContent BuildContent(ProfileFacts facts) => CourseSuggester.Build(facts);
}
