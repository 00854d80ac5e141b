using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Products.Generation.BuiltIn;
using CareerNavigator.Web.Products.Types;
using CareerNavigator.Web.Products.Types.Cv;
using CareerNavigator.Web.Products.Types.PossibleCompanies;

namespace CareerNavigator.Web.Products.Types.PossibleCompanies;

public sealed class PossibleCompaniesDescriptor : ProductTypeDescriptor<PossibleCompaniesContent>
{
    public const ProductType Kind = ProductType.PossibleCompanies;
    public override ProductType Type => Kind;
    public override string Title => "Possible companies";
    public override string Summary => "The kinds of employers to look at, and how to find them.";
    public override string Icon => MudBlazor.Icons.Material.Outlined.Business;
    public override Type Renderer => typeof(PossibleCompaniesView);
    public override GroupRanks Ranks => new(Unclassified: 6, ExperiencedContinuing: 5, ExperiencedChanging: 6, InexperiencedWithGoal: 6, InexperiencedNoGoal: 4);

    internal override void Check(PossibleCompaniesContent content, ContentProblems problems) => PossibleCompaniesRules.Check(content, problems);

    internal override PossibleCompaniesContent BuildContent(ProfileFacts facts) => CompanyKindSuggester.Build(facts);
}
