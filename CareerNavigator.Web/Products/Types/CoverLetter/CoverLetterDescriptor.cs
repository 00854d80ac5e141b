using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Products.Generation;
using CareerNavigator.Web.Products.Generation.BuiltIn;
using CareerNavigator.Web.Products.Types.Cv;
using CareerNavigator.Web.Products.Versions.Export;

namespace CareerNavigator.Web.Products.Types.CoverLetter;

/// <summary>
/// A cover letter belongs to one job application: it is written from the application's page, numbered and activated
/// per application, and is not among the documents listed on their own. It is printed with the CV's letterhead and in
/// the CV's designs.
/// </summary>
public sealed class CoverLetterDescriptor : ProductTypeDescriptor<CoverLetterContent>
{
    public const ProductType Kind = ProductType.CoverLetter;
    public override ProductType Type => Kind;
    public override string Title => "Cover letter";
    public override string Summary => "A letter for one application, from your records and what the advert asks.";
    public override string Icon => MudBlazor.Icons.Material.Outlined.Mail;
    public override Type Renderer => typeof(CoverLetterDocument);
    public override Type Editor => typeof(CoverLetterVersionForm);
    public override ExportFormats Exports => ExportFormats.Pdf | ExportFormats.Docx;
    public override Ownership Ownership => Ownership.BelongsToApplication;

    /// <summary>Not listed among the documents (<see cref="ProductCatalog.OrderedFor"/> leaves it out), so its places are never read.</summary>
    public override GroupRanks Ranks => new(0, 0, 0, 0, 0);

    public override bool PrintsOwnHeading => true;
    public override bool RequiresName => true;

    /// <summary>The letterhead is the profile's; the employer and the job are the application's, whoever wrote the letter.</summary>
    internal override CoverLetterContent WithProfile(CoverLetterContent content, GenerationInput input) => content with
    {
        Sender = CvBuilder.Header(input) with { Headline = string.IsNullOrWhiteSpace(content.Sender?.Headline) ? input.Profile.Headline ?? "" : content.Sender.Headline },
        Employer = input.Application?.Employer ?? content.Employer,
        JobTitle = input.Application?.JobTitle ?? content.JobTitle,
    };

    internal override void Check(CoverLetterContent content, ContentProblems problems) => CoverLetterRules.Check(content, problems);

    internal override CoverLetterContent BuildContent(ProfileFacts facts) => CoverLetterBuilder.Build(facts);

    public override IReadOnlyList<DocumentDesign> Designs => [DocumentDesign.Classic, DocumentDesign.Modern, DocumentDesign.Compact];

    protected override byte[] Pdf(CoverLetterContent content, PaperSize paper, int version, DocumentDesign design) =>
        CoverLetterPdfExport.Write(content, paper, ExportFooter.Text(content.Sender.Name, Title, version), design);

    protected override byte[] Docx(CoverLetterContent content, DocumentDesign design) => CoverLetterDocxExport.Write(content, design);
}
