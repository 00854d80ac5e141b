using System.Text;
using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Import;
using CareerNavigator.Web.Applications;

namespace CareerNavigator.Tests.BadInput;

/// <summary>
/// Every field of the application forms (Components/Pages/Applications: a new advert, an application's page, the board's
/// move, the time zone) and the advert upload, through the services they call.
/// </summary>
public static class ApplicationCases
{
    private static readonly Encoding Utf8 = new UTF8Encoding(false);

    private static ApplicationForm Form() => new() { Company = "Contoso", Role = "Analyst" };

    private static Func<CorpusUser, Task<string?>> Create(Action<ApplicationForm> fill) => async u =>
    {
        var form = Form();
        fill(form);
        await u.Applications.CreateAsync(form);
        return null;
    };

    /// <summary>An application saved before the input: the page's and the board's changes need one.</summary>
    private static async Task SavedAsync(CorpusUser u) => await u.Applications.CreateAsync(Form());

    private static async Task<int> TheSavedIdAsync(CorpusUser u) => (await u.Applications.ListAsync()).Single().Id;

    /// <summary>Changed on its page: the update path of every field.</summary>
    private static Func<CorpusUser, Task<string?>> Update(Action<ApplicationForm> fill) => async u =>
    {
        var form = Form();
        fill(form);
        await u.Applications.UpdateAsync(await TheSavedIdAsync(u), form);
        return null;
    };

    private static readonly IReadOnlyList<(string Field, Action<ApplicationForm, string> Set)> TextFields =
    [
        ("employer", (f, v) => f.Company = v),
        ("job title", (f, v) => f.Role = v),
        ("location", (f, v) => f.Location = v),
        ("link", (f, v) => f.Link = "https://example.com/" + v),
        ("advert text", (f, v) => f.AdvertText = v),
        ("notes", (f, v) => f.Notes = v),
        ("next action", (f, v) => { f.NextAction = v; f.NextActionDate = new DateTime(2026, 12, 20); }),
        ("contact name", (f, v) => f.Contacts = [new() { Name = v }]),
        ("contact role", (f, v) => f.Contacts = [new() { Name = "Marta", Role = v }]),
        ("contact email", (f, v) => f.Contacts = [new() { Name = "Marta", Email = v }]),
        ("contact phone", (f, v) => f.Contacts = [new() { Name = "Marta", Phone = v }]),
    ];

    public static IEnumerable<BadInputCase> All()
    {
        foreach (var (field, set) in TextFields)
        {
            foreach (var (name, text) in BadText.All)
            {
                yield return new($"New application: {field} ← {name}", Create(f => set(f, text)), text.Trim());
                yield return new($"Application page: {field} ← {name}", Update(f => set(f, text)), text.Trim(), SavedAsync);
            }
        }
        foreach (var (name, text) in BadText.All)
        {
            yield return new($"Time zone ← {name}", async u => { await u.TimeZones.SaveAsync(text); return null; });
            // The reader normalises text as the CV upload's does (line breaks, invisible marks), so it is not compared.
            yield return new($"Advert upload: a .txt file with {name}", Upload(Utf8.GetBytes(text), "advert.txt"));
        }
        foreach (var specific in Specific())
        {
            yield return specific;
        }
    }

    private static Func<CorpusUser, Task<string?>> Upload(byte[] file, string fileName) => async u =>
    {
        var result = await CorpusUser.AdvertReader.ReadAsync(new MemoryStream(file), fileName);
        if (!result.Succeeded)
        {
            return result.Error;
        }
        var form = Form();
        form.AdvertText = result.Value;
        form.AdvertFileName = fileName;
        await u.Applications.CreateAsync(form);
        return null;
    };

    private static IEnumerable<BadInputCase> Specific()
    {
        DateTime[] dates = [new(1, 1, 1), new(9999, 12, 31), DateTime.MinValue, DateTime.MaxValue, new(1899, 12, 31)];
        foreach (var d in dates)
        {
            yield return new($"Application: deadline {d:yyyy-MM-dd}", Create(f => f.Deadline = d));
            yield return new($"Application: next action date {d:yyyy-MM-dd}", Create(f => { f.NextAction = "Call"; f.NextActionDate = d; }));
        }
        foreach (var address in new[] { "javascript:alert(1)", "file:///etc/passwd", "ftp://example.com/advert.pdf", "https://", "//example.com/a", "data:text/html,<script>alert(1)</script>", "https://example.com/" + BadText.HundredThousand })
        {
            yield return new($"Application: link {(address.Length > 40 ? address[..30] + "…" : address)}", Create(f => f.Link = address));
        }
        yield return new("Application: a reminder without a date", Create(f => f.RemindByEmail = true));
        yield return new("Application: a date without an action", Create(f => f.NextActionDate = new DateTime(2026, 12, 20)));
        yield return new("Application: blank employer", Create(f => f.Company = " \t "));
        yield return new("Application: blank job title", Create(f => f.Role = "\u00A0\u2003"));
        yield return new("Application: 1,000 contacts", Create(f => f.Contacts = [.. Enumerable.Range(0, 1_000).Select(i => new ApplicationForm.ContactRow { Name = $"C{i}" })]));
        yield return new("Application: a contact without a name", Create(f => f.Contacts = [new() { Name = "", Email = "a@example.org" }]));
        yield return new("Application: 100,001 characters of advert", Create(f => f.AdvertText = BadText.HundredThousand + "x"));
        foreach (var status in new[] { (ApplicationStatus)99, (ApplicationStatus)(-1) })
        {
            yield return new($"Board: move to a status that does not exist ({(int)status})", async u =>
            {
                await u.Applications.ChangeStatusAsync(await TheSavedIdAsync(u), status);
                return null;
            }, Prepare: SavedAsync);
            yield return new($"New application: a status that does not exist ({(int)status})", async u => { await u.Applications.CreateAsync(Form(), status); return null; });
        }
        foreach (var id in new[] { -1, 0, int.MaxValue })
        {
            yield return new($"Application: someone else's id {id} (save)", async u => { await u.Applications.UpdateAsync(id, Form()); return null; });
            yield return new($"Board: someone else's id {id} (move)", async u => { await u.Applications.ChangeStatusAsync(id, ApplicationStatus.Applied); return null; });
            yield return new($"Application: someone else's id {id} (delete)", async u => { await u.Applications.DeleteAsync(id); return null; });
        }
        yield return new("Advert upload: a PNG image", Upload([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0], "advert.pdf"));
        yield return new("Advert upload: an empty file", Upload([], "advert.txt"));
        yield return new("Advert upload: 10 MB and one byte", Upload(new byte[10 * 1024 * 1024 + 1], "advert.txt"));
        yield return new("Advert upload: a scanned PDF", Upload(CvFiles.PdfWithoutText(), "advert.pdf"));
        yield return new("Advert upload: an encrypted PDF", Upload(CvFiles.EncryptedPdf(), "advert.pdf"));
        yield return new("Advert upload: a DOCX", Upload(CvFiles.Docx("Nurse wanted. Essential: a nursing licence."), "advert.docx"), "Nurse wanted. Essential: a nursing licence.");
        yield return new("Advert upload: Latin-1 text", Upload(Encoding.Latin1.GetBytes("Enfermera en Logroño, café"), "advert.txt"));
    }
}
