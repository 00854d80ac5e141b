namespace CareerNavigator.Web.Import;

/// <summary>What <see cref="CvTextExtractor"/> tells the user when it cannot read a file.</summary>
public static class CvTextMessages
{
    public const string PasteInstead = "Upload a smaller file or paste the text instead.";
    public const string Empty = "The file is empty. Choose the file with your CV, or paste the text instead.";
    public const string Unsupported =
        "We can read PDF, Word (.docx) and plain-text (.txt) files, and this file is none of them. Save your CV in one of these formats, or paste the text instead.";
    public const string LegacyOffice =
        "This looks like an old Word (.doc) file or a password-protected Office document. Save it as DOCX or PDF without a password, or paste the text instead.";
    public const string Image =
        "This is an image, not a document, and we can't read text from images. Upload a PDF, DOCX or text file, or paste the text instead.";
    public const string OpenDocument =
        "OpenDocument (.odt) files aren't supported. Save your CV as DOCX or PDF, or paste the text instead.";
    public const string NotUtf8 =
        "This text file isn't saved as UTF-8, so we can't read it reliably. Save it with UTF-8 encoding, or paste the text instead.";
    public const string Scanned =
        "This PDF seems to be a scanned image; we can't read text from it. Paste the text instead or upload a DOCX.";
    public const string EncryptedPdf =
        "This PDF is password-protected, so we can't read it. Save a copy without a password (for example with \"Print to PDF\"), or paste the text instead.";
    public const string DamagedPdf =
        "This PDF seems to be damaged and we couldn't read it. Export it again from your editor, upload a DOCX, or paste the text instead.";
    public const string DamagedDocx =
        "This Word document seems to be damaged and we couldn't read it. Save it again from Word (as .docx), upload a PDF, or paste the text instead.";
    public const string EmptyDocx = "This Word document has no text in it. Check that you picked the right file, or paste the text instead.";
    public const string EmptyText = "This text file has no text in it. Check that you picked the right file, or paste the text instead.";
    public const string TooMuchText =
        "This file unpacks to far more text than a CV holds, so we stopped reading it. Save it again as a simpler PDF or DOCX, or paste the text instead.";
    public const string TooManyPages =
        "This PDF has more than 50 pages, far more than a CV. Upload just your CV, or paste the text instead.";
    public const string TooSlow =
        "This file took too long to read (over 10 seconds), so we stopped. Save it again as a simpler PDF or DOCX, or paste the text instead.";
}
