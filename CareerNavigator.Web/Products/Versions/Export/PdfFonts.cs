using PdfSharp.Fonts;

namespace CareerNavigator.Web.Products.Versions.Export;

/// <summary>
/// DejaVu Sans, shipped with the app (Fonts/, licence beside it), so PDFs look the same on every server and never
/// depend on installed fonts. PDFsharp takes one resolver per process: every caller sets the same instance.
/// </summary>
public sealed class PdfFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";

    private static readonly PdfFonts Instance = new();
    private static readonly Lock Gate = new();

    private PdfFonts()
    {
    }

    public static void Register()
    {
        lock (Gate)
        {
            if (!ReferenceEquals(GlobalFontSettings.FontResolver, Instance))
            {
                GlobalFontSettings.FontResolver = Instance;
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        (bold, italic) switch
        {
            (true, _) => new FontResolverInfo("DejaVuSans-Bold"),
            (false, true) => new FontResolverInfo("DejaVuSans-Oblique"),
            _ => new FontResolverInfo("DejaVuSans"),
        };

    public byte[]? GetFont(string faceName)
    {
        using var stream = typeof(PdfFonts).Assembly.GetManifestResourceStream($"CareerNavigator.Fonts.{faceName}.ttf");
        if (stream is null)
        {
            return null;
        }
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
