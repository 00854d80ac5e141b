using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Products.Generation.BuiltIn;
using CareerNavigator.Web.Products.Types;
using CareerNavigator.Web.Products.Types.Cv;
using CareerNavigator.Web.Products.Types.LinkedInExport;

namespace CareerNavigator.Web.Products.Types.LinkedInExport;

public sealed class LinkedInExportDescriptor : ProductTypeDescriptor<LinkedInContent>
{
    public const ProductType Kind = ProductType.LinkedInExport;
    public override ProductType Type => Kind;
    public override string Title => "LinkedIn update";
    public override string Summary => "Headline, About and experience texts ready to paste into LinkedIn.";
    public override string Icon => MudBlazor.Icons.Material.Outlined.Badge;
    public override Type Renderer => typeof(LinkedInDocument);
    public override GroupRanks Ranks => new(Unclassified: 4, ExperiencedContinuing: 2, ExperiencedChanging: 5, InexperiencedWithGoal: 7, InexperiencedNoGoal: 6);

    internal override void Check(LinkedInContent content, ContentProblems problems) => LinkedInRules.Check(content, problems);

    internal override LinkedInContent BuildContent(ProfileFacts facts) => LinkedInBuilder.Build(facts);
}
