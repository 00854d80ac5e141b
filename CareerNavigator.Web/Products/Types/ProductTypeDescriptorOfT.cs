using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Products.Generation;
using CareerNavigator.Web.Products.Generation.BuiltIn;
using CareerNavigator.Web.Products.Types;
using CareerNavigator.Web.Products.Versions.Export;

namespace CareerNavigator.Web.Products.Types;

/// <summary>A descriptor whose parts all work on one content record: the casts from <c>object</c> happen here and nowhere else.</summary>
public abstract class ProductTypeDescriptor<TContent> : ProductTypeDescriptor where TContent : class
{
    public sealed override Type ContentType => typeof(TContent);

    public sealed override object Deserialize(string json) => ProductJson.Deserialize<TContent>(json);

    public sealed override string Serialize(object content) => ProductJson.Serialize((TContent)content);

    public sealed override ContentReading Read(string json)
    {
        var (content, problem) = ProductJson.TryDeserialize<TContent>(json);
        return content is null ? ContentReading.Refused([problem!]) : new ContentReading(content, Validate(content));
    }

    internal sealed override void Check(object content, ContentProblems problems) => Check((TContent)content, problems);

    internal sealed override object Build(ProfileFacts facts) => BuildContent(facts);

    // Content of another type is passed on as it is: the content rules refuse it with a message.
    internal sealed override object WithProfileFacts(object content, GenerationInput input) =>
        content is TContent typed ? WithProfile(typed, input) : content;

    /// <summary>Content as generated, unless the type prints facts the profile states (see <see cref="ProductTypeDescriptor.RequiresName"/>).</summary>
    internal virtual TContent WithProfile(TContent content, GenerationInput input) => content;

    public sealed override byte[] WritePdf(object content, PaperSize paper, int version, DocumentDesign design) => Pdf((TContent)content, paper, version, design);

    public sealed override byte[] WriteDocx(object content, DocumentDesign design) => Docx((TContent)content, design);

    public sealed override string WriteJsonResume(object content, GeneratedProduct version) => JsonResume((TContent)content, version);

    internal abstract void Check(TContent content, ContentProblems problems);

    internal abstract TContent BuildContent(ProfileFacts facts);

    protected virtual byte[] Pdf(TContent content, PaperSize paper, int version, DocumentDesign design) => base.WritePdf(content, paper, version, design);

    protected virtual byte[] Docx(TContent content, DocumentDesign design) => base.WriteDocx(content, design);

    protected virtual string JsonResume(TContent content, GeneratedProduct version) => base.WriteJsonResume(content, version);
}
