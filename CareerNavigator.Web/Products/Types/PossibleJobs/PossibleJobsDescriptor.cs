using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Products.Generation.BuiltIn;
using CareerNavigator.Web.Products.Types;
using CareerNavigator.Web.Products.Types.PossibleJobs;

namespace CareerNavigator.Web.Products.Types.PossibleJobs;

public sealed class PossibleJobsDescriptor : ProductTypeDescriptor<PossibleJobsContent>
{
    public const ProductType Kind = ProductType.PossibleJobs;
    public override ProductType Type => Kind;
    public override string Title => "Possible jobs";
    public override string Summary => "Roles that fit your experience and goals, with the reasons.";
    public override string Icon => MudBlazor.Icons.Material.Outlined.Work;
    public override Type Renderer => typeof(PossibleJobsView);
    public override GroupRanks Ranks => new(Unclassified: 3, ExperiencedContinuing: 4, ExperiencedChanging: 4, InexperiencedWithGoal: 5, InexperiencedNoGoal: 1);

    internal override void Check(PossibleJobsContent content, ContentProblems problems) => PossibleJobsRules.Check(content, problems);

    internal override PossibleJobsContent BuildContent(ProfileFacts facts) => JobSuggester.Build(facts);
}
