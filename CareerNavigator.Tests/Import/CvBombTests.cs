using System.IO.Compression;
using CareerNavigator.Web.Import;
using Microsoft.Extensions.Logging.Abstractions;

namespace CareerNavigator.Tests.Import;

/// <summary>
/// Small CV files that unpack into gigabytes are refused while reading, before the memory is taken. The readers run
/// on the test's thread so that what they allocate can be measured; no bomb here may cost more than its bound.
/// </summary>
public sealed class CvBombTests
{
    private const long Megabyte = 1024 * 1024;

    private static (ImportResult<string> Result, long Allocated) Measure(Func<ImportResult<string>> read)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = read();
        return (result, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static (ImportResult<string> Result, long Allocated) ReadDocx(byte[] docx)
    {
        using var archive = new ZipArchive(new MemoryStream(docx, writable: false), ZipArchiveMode.Read);
        return Measure(() => DocxTextReader.Read(docx, archive, NullLogger.Instance, CancellationToken.None));
    }

    private static (ImportResult<string> Result, long Allocated) ReadPdf(byte[] pdf) =>
        Measure(() => PdfTextReader.Read(pdf, NullLogger.Instance, CancellationToken.None));

    [Fact]
    public void A_DOCX_whose_60_headers_unpack_to_36_MB_is_refused_before_unpacking()
    {
        var bomb = CvBombs.DocxWithHeaders(headers: 60, charactersEach: 600_000);
        Assert.True(bomb.Length < Megabyte);

        var (result, allocated) = ReadDocx(bomb);

        Assert.Equal(CvTextMessages.TooMuchText, result.Error);
        Assert.True(allocated < 8 * Megabyte, $"Allocated {allocated / Megabyte} MB.");
    }

    [Fact]
    public void A_DOCX_whose_parts_unpack_to_more_than_they_declare_is_stopped_just_past_the_declared_size()
    {
        var docx = CvBombs.DocxWithHeaders(headers: 1, charactersEach: 4_000_000);
        var bomb = docx;
        foreach (var header in HeaderPaths(docx))
        {
            bomb = ZipFiles.DeclaringUncompressedSize(bomb, header, 1_000);
        }

        var (result, allocated) = ReadDocx(bomb);

        Assert.Equal(CvTextMessages.DamagedDocx, result.Error);
        Assert.True(allocated < 8 * Megabyte, $"Allocated {allocated / Megabyte} MB.");
    }

    [Fact]
    public void A_DOCX_with_more_text_than_a_CV_holds_is_refused()
    {
        var (result, _) = ReadDocx(CvBombs.DocxWithHeaders(headers: 60, charactersEach: 5_000));

        Assert.Equal(CvTextMessages.TooMuchText, result.Error);
    }

    [Fact]
    public void A_DOCX_of_more_than_1000_parts_is_refused()
    {
        var (result, _) = ReadDocx(CvBombs.DocxWithExtraParts(1_000));

        Assert.Equal(CvTextMessages.TooMuchText, result.Error);
    }

    [Fact]
    public void A_PDF_whose_20_pages_share_one_24_MB_stream_is_refused_before_decoding_it()
    {
        var bomb = CvBombs.PdfSharingOneStream(pages: 20, unpackedBytes: 24 * Megabyte);
        Assert.True(bomb.Length < Megabyte);

        var (result, allocated) = ReadPdf(bomb);

        Assert.Equal(CvTextMessages.TooMuchText, result.Error);
        Assert.True(allocated < 8 * Megabyte, $"Allocated {allocated / Megabyte} MB.");
    }

    [Fact]
    public void A_PDF_whose_pages_together_decode_to_more_than_32_MB_is_stopped_at_the_total()
    {
        var bomb = CvBombs.PdfSharingOneStream(pages: 45, unpackedBytes: 900 * 1024);

        var (result, allocated) = ReadPdf(bomb);

        Assert.Equal(CvTextMessages.TooMuchText, result.Error);
        Assert.True(allocated < 160 * Megabyte, $"Allocated {allocated / Megabyte} MB.");
    }

    [Fact]
    public void A_PDF_of_more_than_50_pages_is_refused()
    {
        var (result, _) = ReadPdf(CvBombs.PdfSharingOneStream(pages: 51, unpackedBytes: 0));

        Assert.Equal(CvTextMessages.TooManyPages, result.Error);
    }

    [Fact]
    public void A_PDF_with_more_text_than_a_CV_holds_is_refused()
    {
        var (result, _) = ReadPdf(CvBombs.PdfSharingOneStream(pages: 25, unpackedBytes: 0, text: new string('x', 8_100)));

        Assert.Equal(CvTextMessages.TooMuchText, result.Error);
    }

    [Fact]
    public void A_PDF_page_drawing_more_letters_than_a_CV_page_holds_is_refused_before_ordering_them()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var (result, _) = ReadPdf(CvBombs.PdfSharingOneStream(pages: 1, unpackedBytes: 0, text: new string('x', 500_000)));

        Assert.Equal(CvTextMessages.TooMuchText, result.Error);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"Took {clock.Elapsed.TotalSeconds:0.0} s.");
    }

    [Fact]
    public async Task A_read_past_the_time_limit_is_stopped_with_a_message()
    {
        var extractor = new CvTextExtractor(NullLogger<CvTextExtractor>.Instance, new TimeLimitPassesAtOnce());
        var pdf = CvBombs.PdfSharingOneStream(pages: 24, unpackedBytes: 0, text: new string('x', 8_000));

        var result = await extractor.ExtractAsync(new MemoryStream(pdf), "cv.pdf");

        Assert.Equal(CvTextMessages.TooSlow, result.Error);
    }

    /// <summary>A clock on which any time limit has run out as soon as it is set: the read meets an expired deadline.</summary>
    private sealed class TimeLimitPassesAtOnce : TimeProvider
    {
        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            callback(state);
            return new Fired();
        }

        private sealed class Fired : ITimer
        {
            public bool Change(TimeSpan dueTime, TimeSpan period) => false;
            public void Dispose() { }
            public ValueTask DisposeAsync() => ValueTask.CompletedTask;
        }
    }

    private static List<string> HeaderPaths(byte[] docx)
    {
        using var archive = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        return [.. archive.Entries.Select(e => e.FullName).Where(n => n.Contains("header", StringComparison.OrdinalIgnoreCase) && n.EndsWith(".xml", StringComparison.Ordinal))];
    }
}
