using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Products.Generation;
using CareerNavigator.Web.Products.Generation.BuiltIn;
using CareerNavigator.Web.Products.Types;
using CareerNavigator.Web.Products.Types.Cv;
using CareerNavigator.Web.Products.Versions.Export;

namespace CareerNavigator.Web.Products.Types;

/// <summary>
/// Everything the app knows about one product type. Code outside the type's folder asks the descriptor
/// (through <see cref="ProductCatalog"/>) instead of switching on <see cref="ProductType"/>.
/// Derive from <see cref="ProductTypeDescriptor{TContent}"/>, which ties the parts to the content record.
/// </summary>
public abstract class ProductTypeDescriptor
{
    public abstract ProductType Type { get; }

    /// <summary>The seed's snake_case label: the database enum label, the page slug and the prompt file name.</summary>
    public string Label => Type.Label();

    public abstract string Title { get; }

    public abstract string Summary { get; }

    /// <summary>A MudBlazor icon (an SVG path string).</summary>
    public abstract string Icon { get; }

    /// <summary>The C# record whose JSON form is the stored content; its JSON schema is the model's output schema.</summary>
    public abstract Type ContentType { get; }

    /// <summary>A component with a <c>Content</c> parameter of <see cref="ContentType"/> that shows the content to people.</summary>
    public abstract Type Renderer { get; }

    /// <summary>A component with a <c>Content</c> parameter that implements <see cref="IContentEditor"/>; null when the type has no form editor.</summary>
    public virtual Type? Editor => null;

    public virtual ExportFormats Exports => ExportFormats.None;

    public virtual Ownership Ownership => Ownership.StandsAlone;

    /// <summary>Where the type sits in each user group's list of products, 1 first.</summary>
    public abstract GroupRanks Ranks { get; }

    /// <summary>The prompt file (without <c>.md</c>) the model generator uses; overlays per user group are <c>{PromptFile}.{group}.md</c>.</summary>
    public virtual string PromptFile => Label;

    /// <summary>True when the printed document starts with its own heading (the CV starts with the person's name), so the page title is not printed.</summary>
    public virtual bool PrintsOwnHeading => false;

    /// <summary>
    /// True when the document names the person (a CV): it is not generated until the profile has a name, and the name
    /// and contact details it prints are the profile's, whoever wrote the rest.
    /// </summary>
    public virtual bool RequiresName => false;

    /// <summary>Puts what the profile states about the person into generated content (a model's answer included).</summary>
    internal abstract object WithProfileFacts(object content, GenerationInput input);

    /// <summary>Reads stored content; throws <see cref="System.Text.Json.JsonException"/> when it does not fit <see cref="ContentType"/>.</summary>
    public abstract object Deserialize(string json);

    /// <summary>The stored JSON form of content of <see cref="ContentType"/>: written once, when a version is saved.</summary>
    public abstract string Serialize(object content);

    /// <summary>
    /// Reads content from outside the app (a model's answer, an API client) and checks the type's rules: the record,
    /// or the problems in words a person understands.
    /// </summary>
    public abstract ContentReading Read(string json);

    /// <summary>Problems with the content in words a person understands; empty when it keeps the type's rules.</summary>
    public IReadOnlyList<string> Validate(object content)
    {
        if (!ContentType.IsInstanceOfType(content))
        {
            return [$"The content is not {Title} content."];
        }
        var problems = new ContentProblems();
        Check(content, problems);
        return problems.All;
    }

    internal abstract void Check(object content, ContentProblems problems);

    /// <summary>The built-in generator's content for this type, from the user's own data only.</summary>
    internal abstract object Build(ProfileFacts facts);

    /// <summary>The designs a user can choose between for this type's documents (page, print, PDF and DOCX); empty when it has one look.</summary>
    public virtual IReadOnlyList<DocumentDesign> Designs => [];

    /// <param name="design">One of <see cref="Designs"/>; ignored by a type that has none.</param>
    public virtual byte[] WritePdf(object content, PaperSize paper, int version, DocumentDesign design) => throw NotExported(ExportFormats.Pdf);

    /// <param name="design">One of <see cref="Designs"/>; ignored by a type that has none.</param>
    public virtual byte[] WriteDocx(object content, DocumentDesign design) => throw NotExported(ExportFormats.Docx);

    public virtual string WriteJsonResume(object content, GeneratedProduct version) => throw NotExported(ExportFormats.JsonResume);

    private NotSupportedException NotExported(ExportFormats format) => new($"{Label} has no {format} export.");
}
