using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Products.Generation.BuiltIn;
using CareerNavigator.Web.Products.Types;
using CareerNavigator.Web.Products.Types.Cv;
using CareerNavigator.Web.Products.Types.RelocationHelp;

namespace CareerNavigator.Web.Products.Types.RelocationHelp;

public sealed class RelocationHelpDescriptor : ProductTypeDescriptor<RelocationHelpContent>
{
    public const ProductType Kind = ProductType.RelocationHelp;
    public override ProductType Type => Kind;
    public override string Title => "Relocation help";
    public override string Summary => "A checklist for each place you would like to work.";
    public override string Icon => MudBlazor.Icons.Material.Outlined.FlightTakeoff;
    public override Type Renderer => typeof(RelocationChecklist);
    public override GroupRanks Ranks => new(Unclassified: 9, ExperiencedContinuing: 9, ExperiencedChanging: 9, InexperiencedWithGoal: 9, InexperiencedNoGoal: 9);

    internal override void Check(RelocationHelpContent content, ContentProblems problems) => RelocationRules.Check(content, problems);

    internal override RelocationHelpContent BuildContent(ProfileFacts facts) => RelocationChecklistBuilder.Build(facts);
}
