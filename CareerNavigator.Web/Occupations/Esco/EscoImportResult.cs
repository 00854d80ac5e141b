namespace CareerNavigator.Web.Occupations.Esco;

/// <summary>What one import did.</summary>
/// <param name="Occupations">Occupations in the download.</param>
/// <param name="Skills">Skills in the download.</param>
/// <param name="RelationsInDownload">Relations in the download.</param>
/// <param name="Relations">
/// Relations stored: those of the download whose occupation and skill are stored. ESCO 1.1.1 has 67 relations of one
/// occupation (…/a9e54177-a185-404d-b6e6-15663d31137e) that its occupations file does not hold; a relation needs both ends.
/// </param>
/// <param name="RowsWritten">Occupations, skills, ISCO groups and relations inserted, changed or deleted: 0 when the download matched what was stored.</param>
/// <param name="MarkedObsolete">Occupations and skills the download no longer holds, marked obsolete by this import.</param>
public sealed record EscoImportResult(
    string Version, string Language, int Occupations, int Skills, int RelationsInDownload, int Relations,
    int RowsWritten, int MarkedObsolete, TimeSpan Elapsed)
{
    public override string ToString() =>
        $"ESCO {Version} ({Language}): {Occupations:N0} occupations, {Skills:N0} skills, {RelationsInDownload:N0} relations " +
        $"({Relations:N0} stored; {RelationsInDownload - Relations:N0} name an occupation or skill the download lacks); " +
        $"{RowsWritten:N0} rows added, changed or removed, {MarkedObsolete:N0} marked obsolete; {Elapsed.TotalSeconds:0.0} s";
}
