using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace CareerNavigator.Tests.Import;

/// <summary>Every import fills the name and contact fields it finds, with the profile form's rules, and never overwrites what the user typed.</summary>
public sealed class ContactImportTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public async Task A_linkedin_export_gives_name_headline_summary_email_phone_and_websites()
    {
        var zip = ZipFiles.Create(
            ("Profile.csv", "First Name,Last Name,Headline,Summary,Geo Location,Websites\n" +
                            "Jane,Doe,Backend engineer,I build APIs.,\"Berlin, Germany\",\"[PORTFOLIO:https://jane.dev],[OTHER:github.com/jane-doe],[COMPANY:https://www.linkedin.com/in/jane-doe]\"\n"),
            ("Email Addresses.csv", "Email Address,Confirmed,Primary,Updated On\nold@example.com,Yes,No,2019-01-01\njane@example.com,Yes,Yes,2024-01-01\n"),
            ("PhoneNumbers.csv", "Extension,Number,Type\n,+49 30 1234567,Work\n,+49 170 1234567,Mobile\n"));

        var profile = (await new LinkedInExportReader(NullLogger<LinkedInExportReader>.Instance).ReadAsync(new MemoryStream(zip))).Value!;

        Assert.Equal(("Jane Doe", "Backend engineer", "I build APIs."), (profile.FullName, profile.Headline, profile.Summary));
        Assert.Equal(("jane@example.com", "+49 170 1234567"), (profile.Email, profile.Phone));
        Assert.Equal([new("Portfolio", "https://jane.dev"), new("GitHub", "https://github.com/jane-doe")], profile.Links);
        Assert.Equal("https://www.linkedin.com/in/jane-doe", profile.LinkedinProfileUrl);
        Assert.Empty(profile.Warnings);
    }

    [Fact]
    public void A_json_resume_gives_basics_and_its_profiles_other_than_linkedin_as_links()
    {
        var profile = new JsonResumeReader().Read("""
            { "basics": { "name": "Richard Hendricks", "label": "Programmer", "email": "richard@example.com", "phone": "(912) 555-4321",
                          "url": "https://richard.example.com", "summary": "Compression expert.",
                          "profiles": [ { "network": "GitHub", "url": "https://github.com/richard" },
                                        { "network": "Website", "url": "https://richard.example.com/" },
                                        { "network": "LinkedIn", "url": "https://www.linkedin.com/in/richard-h" } ] } }
            """).Value!;

        Assert.Equal(("Richard Hendricks", "Programmer", "Compression expert."), (profile.FullName, profile.Headline, profile.Summary));
        Assert.Equal(("richard@example.com", "(912) 555-4321"), (profile.Email, profile.Phone));
        Assert.Equal([new("GitHub", "https://github.com/richard"), new("Website", "https://richard.example.com/")], profile.Links);
        Assert.Equal("https://www.linkedin.com/in/richard-h", profile.LinkedinProfileUrl);
    }

    [Fact]
    public void Contact_values_the_profile_form_would_refuse_are_left_out_with_a_warning()
    {
        var profile = new JsonResumeReader().Read("""
            { "basics": { "name": "R", "email": "not an email", "phone": "call me maybe",
                          "profiles": [ { "network": "Chat", "url": "javascript:alert(1)" } ] } }
            """).Value!;

        Assert.Null(profile.Email);
        Assert.Null(profile.Phone);
        Assert.Empty(profile.Links);
        Assert.Equal(2, profile.Warnings.Count);
    }

    [Fact]
    public async Task An_import_stores_the_contact_fields_and_a_second_one_keeps_what_the_user_typed()
    {
        var userId = await NewUserAsync();
        var service = new ProfileImportService(new TestContextFactory(database), TestCurrentUser.For(userId));
        var first = new ImportedProfile
        {
            FullName = "Jane Doe", Headline = "Engineer", Summary = "I build APIs.", Email = "jane@example.com", Phone = "+49 170 1234567",
            Links = [new("GitHub", "https://github.com/jane")],
        };

        var outcome = await service.ApplyAsync(first);
        await using (var db = database.CreateContext())
        {
            var typed = await db.UserProfiles.SingleAsync(p => p.UserId == userId);
            typed.FullName = "Jane M. Doe";
            await db.SaveChangesAsync();
        }
        var again = await service.ApplyAsync(first with
        {
            FullName = "J. Doe", Headline = "Staff engineer", Links = [new("GitHub", "https://GitHub.com/jane/"), new("Blog", "https://jane.blog")],
        });

        Assert.Equal((6, 0), (outcome.ProfileFields.Added, outcome.ProfileFields.Skipped));
        Assert.Equal(1, again.ProfileFields.Added);
        await using var read = database.CreateContext();
        var profile = await read.UserProfiles.SingleAsync(p => p.UserId == userId);
        Assert.Equal(("Jane M. Doe", "Engineer", "I build APIs."), (profile.FullName, profile.Headline, profile.Summary));
        Assert.Equal(("jane@example.com", "+49 170 1234567"), (profile.PublicEmail, profile.Phone));
        Assert.Equal([new("GitHub", "https://github.com/jane"), new("Blog", "https://jane.blog")], profile.Links);
    }

    [Fact]
    public async Task Overwriting_replaces_the_typed_name_when_the_user_asks_for_it()
    {
        var userId = await NewUserAsync();
        var service = new ProfileImportService(new TestContextFactory(database), TestCurrentUser.For(userId));
        await service.ApplyAsync(new ImportedProfile { FullName = "Jane Doe" });

        await service.ApplyAsync(new ImportedProfile { FullName = "Jane Smith" }, new ImportSelection { OverwriteProfileFields = true });

        await using var db = database.CreateContext();
        Assert.Equal("Jane Smith", (await db.UserProfiles.SingleAsync(p => p.UserId == userId)).FullName);
    }

    private async Task<int> NewUserAsync()
    {
        await using var db = database.CreateContext();
        return (await TestUsers.AddAsync(db)).Id;
    }
}
