using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Products.Generation;
using CareerNavigator.Web.Products.Generation.BuiltIn;
using CareerNavigator.Web.Products.Types;
using CareerNavigator.Web.Products.Types.Cv;
using CareerNavigator.Web.Products.Versions.Export;

namespace CareerNavigator.Web.Products.Types.Cv;

public sealed class CvDescriptor : ProductTypeDescriptor<CvContent>
{
    public const ProductType Kind = ProductType.Cv;
    public override ProductType Type => Kind;
    public override string Title => "CV";
    public override string Summary => "A clear, well-structured CV built from your own experience.";
    public override string Icon => MudBlazor.Icons.Material.Outlined.Description;
    public override Type Renderer => typeof(CvDocument);
    public override Type Editor => typeof(CvVersionForm);
    public override ExportFormats Exports => ExportFormats.Pdf | ExportFormats.Docx | ExportFormats.JsonResume;
    public override GroupRanks Ranks => new(Unclassified: 1, ExperiencedContinuing: 1, ExperiencedChanging: 3, InexperiencedWithGoal: 3, InexperiencedNoGoal: 5);
    public override bool PrintsOwnHeading => true;
    public override bool RequiresName => true;

    /// <summary>The name and contact details are the profile's, never the model's; the headline stays the generator's.</summary>
    internal override CvContent WithProfile(CvContent content, GenerationInput input) =>
        content with { Header = CvBuilder.Header(input) with { Headline = content.Header.Headline } };

    internal override void Check(CvContent content, ContentProblems problems) => CvRules.Check(content, problems);

    internal override CvContent BuildContent(ProfileFacts facts) => CvBuilder.Build(facts);

    public override IReadOnlyList<DocumentDesign> Designs => [DocumentDesign.Classic, DocumentDesign.Modern, DocumentDesign.Compact];

    protected override byte[] Pdf(CvContent content, PaperSize paper, int version, DocumentDesign design) =>
        CvPdfExport.Write(content, paper, ExportFooter.Text(content.Header.Name, Title, version), design);

    protected override byte[] Docx(CvContent content, DocumentDesign design) => CvDocxExport.Write(content, design);

    protected override string JsonResume(CvContent content, GeneratedProduct version) => JsonResumeExport.Write(content, version);
}
