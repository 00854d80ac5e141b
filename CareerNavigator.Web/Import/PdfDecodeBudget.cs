using System.IO.Compression;
using System.Runtime.InteropServices;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace CareerNavigator.Web.Import;

/// <summary>
/// The filters PdfPig decodes a PDF's streams with, counting every decoded byte against one budget for the whole
/// read. A Flate stream (nearly all of them) is first inflated into a small reused buffer and counted, so a stream
/// that would not fit is refused before PdfPig allocates it; streams shared by many pages are counted each time.
/// </summary>
internal sealed class PdfDecodeBudget(long maxBytes, long maxContentStreamBytes, CancellationToken cancellationToken)
{
    private static readonly string[] FilterNames =
    [
        "FlateDecode", "Fl", "ASCII85Decode", "A85", "ASCIIHexDecode", "AHx", "CCITTFaxDecode", "CCF", "DCTDecode", "DCT",
        "JBIG2Decode", "JPXDecode", "RunLengthDecode", "RL", "LZWDecode", "LZW",
    ];

    private static readonly NameToken[] FontLengths = [NameToken.Length1, NameToken.Length2, NameToken.Create("Length3")];

    private long _left = maxBytes;

    /// <summary>Set once a stream did not fit; PdfPig may swallow the exception that says so, so readers ask here.</summary>
    public bool Exceeded { get; private set; }

    public IFilterProvider CreateFilters() => new Filters(FilterNames.ToDictionary(
        name => name,
        name => (IFilter)new CountedFilter(DefaultFilterProvider.Instance.GetNamedFilters([NameToken.Create(name)])[0], name is "FlateDecode" or "Fl", this)));

    private void EnsureRoomFor(long bytes, DictionaryToken streamDictionary)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (bytes > _left || (bytes > maxContentStreamBytes && IsContent(streamDictionary)))
        {
            Exceeded = true;
            throw new PdfDecodeBudgetExceededException();
        }
    }

    /// <summary>
    /// Page contents (and forms they draw) have neither /Type nor font lengths. Their size gets its own, smaller bound
    /// because PdfPig turns every glyph drawn into an object of a few hundred bytes.
    /// </summary>
    private static bool IsContent(DictionaryToken dictionary) =>
        !dictionary.ContainsKey(NameToken.Type) && !FontLengths.Any(dictionary.ContainsKey)
        && (!dictionary.Data.TryGetValue(NameToken.Subtype.Data, out var subtype) || subtype is NameToken { Data: "Form" });

    private void MeasureInflated(Memory<byte> input, DictionaryToken streamDictionary)
    {
        var compressed = MemoryMarshal.TryGetArray<byte>(input, out var segment) ? segment : new ArraySegment<byte>(input.ToArray());
        if (compressed.Count < 2)
        {
            return;
        }
        // Past the two-byte zlib header, as PdfPig's FlateFilter reads it.
        using var inflater = new DeflateStream(new MemoryStream(compressed.Array!, compressed.Offset + 2, compressed.Count - 2, writable: false), CompressionMode.Decompress);
        var chunk = new byte[64 * 1024];
        long inflated = 0;
        try
        {
            int read;
            while ((read = inflater.Read(chunk)) > 0)
            {
                inflated += read;
                EnsureRoomFor(inflated, streamDictionary);
            }
        }
        catch (InvalidDataException)
        {
            // Damaged from here on: PdfPig keeps what inflated before the damage, which is what was counted.
        }
    }

    private sealed class Filters(IReadOnlyDictionary<string, IFilter> filters) : BaseFilterProvider(filters);

    private sealed class CountedFilter(IFilter inner, bool inflates, PdfDecodeBudget budget) : IFilter
    {
        public bool IsSupported => inner.IsSupported;

        public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
        {
            if (inflates)
            {
                budget.MeasureInflated(input, streamDictionary);
            }
            // REVIEW: the other filters are counted after they decode. Of those only RunLength (at most 128:1) and LZW
            // expand; LZW is rare in PDFs written since 2000 and is not measured ahead.
            var decoded = inner.Decode(input, streamDictionary, filterProvider, filterIndex);
            budget.EnsureRoomFor(decoded.Length, streamDictionary);
            budget._left -= decoded.Length;
            return decoded;
        }
    }
}

internal sealed class PdfDecodeBudgetExceededException() : Exception("The PDF decodes to more than a CV holds.");
