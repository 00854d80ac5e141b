using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.Accounts;
using CareerNavigator.Web.Applications;
using CareerNavigator.Web.Profiles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace CareerNavigator.Tests.Applications;

/// <summary>The application service on PostgreSQL: validation, the owner rule, the status history and stale versions.</summary>
public sealed class ApplicationServiceTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));

    private ApplicationService As(int userId, params string[] roles) =>
        new(new TestContextFactory(database), TestCurrentUser.For(userId, roles), TestCurrentUser.Authorization, _clock);

    private static ApplicationForm Form(string company = "Contoso") => new()
    {
        Company = company, Role = "Product Analyst", Location = "Lisbon", Link = "https://jobs.example.org/42",
        AdvertText = "You must have SQL.", NextAction = "Send the CV", NextActionDate = new DateTime(2026, 12, 10), RemindByEmail = true,
        Contacts = [new() { Name = "Marta Silva", Role = "Recruiter", Email = "marta@example.org", Phone = "+351 912 000 111" }],
    };

    private async Task<int> NewUserAsync()
    {
        await using var db = database.CreateContext();
        return (await TestUsers.AddAsync(db)).Id;
    }

    [Fact]
    public async Task Every_status_an_application_takes_is_dated_and_kept_in_order()
    {
        var service = As(await NewUserAsync());
        var saved = await service.CreateAsync(Form());

        _clock.Advance(TimeSpan.FromDays(1));
        await service.ChangeStatusAsync(saved.Id, ApplicationStatus.Applied);
        _clock.Advance(TimeSpan.FromDays(6));
        await service.ChangeStatusAsync(saved.Id, ApplicationStatus.Interview);
        await service.ChangeStatusAsync(saved.Id, ApplicationStatus.Interview);
        _clock.Advance(TimeSpan.FromDays(2));
        await service.ChangeStatusAsync(saved.Id, ApplicationStatus.Rejected);

        var application = (await service.FindAsync(saved.Id))!;
        Assert.Equal(ApplicationStatus.Rejected, application.Status);
        Assert.Equal(new DateTime(2026, 12, 16, 9, 0, 0, DateTimeKind.Utc), application.StatusChangedAt);
        Assert.Equal(
            [(null, ApplicationStatus.Saved, 7), (ApplicationStatus.Saved, ApplicationStatus.Applied, 8),
             (ApplicationStatus.Applied, ApplicationStatus.Interview, 14), ((ApplicationStatus?)ApplicationStatus.Interview, ApplicationStatus.Rejected, 16)],
            application.StatusChanges.Select(c => (c.FromStatus, c.ToStatus, c.ChangedAt.Day)));
    }

    [Fact]
    public async Task An_application_is_stored_as_given_trimmed_with_its_contacts()
    {
        var service = As(await NewUserAsync());
        var form = Form("  Contoso Health  ");
        form.Deadline = new DateTime(2026, 12, 31);

        var saved = await service.CreateAsync(form, ApplicationStatus.Applied);

        var read = (await service.FindAsync(saved.Id))!;
        Assert.Equal("Contoso Health", read.Company);
        Assert.Equal(ApplicationStatus.Applied, read.Status);
        Assert.Equal(new DateOnly(2026, 12, 31), read.Deadline);
        Assert.Equal(new ApplicationContact("Marta Silva", "Recruiter", "marta@example.org", "+351 912 000 111"), Assert.Single(read.Contacts));
        Assert.Equal((null, ApplicationStatus.Applied), (Assert.Single(read.StatusChanges).FromStatus, read.StatusChanges[0].ToStatus));
    }

    public static TheoryData<string, Action<ApplicationForm>> InvalidForms => new()
    {
        { "Company", f => f.Company = "  " },
        { "Role", f => f.Role = "" },
        { "Company", f => f.Company = new string('x', 201) },
        { "Link", f => f.Link = "javascript:alert(1)" },
        { "Link", f => f.Link = "ftp://example.org/advert.pdf" },
        { "Link", f => f.Link = "https://" },
        { "Link", f => f.Link = "file:///etc/passwd" },
        { "Deadline", f => f.Deadline = new DateTime(1800, 1, 1) },
        { "Deadline", f => f.Deadline = new DateTime(2099, 1, 1) },
        { "NextAction", f => f.NextAction = null },
        { "NextActionDate", f => { f.NextActionDate = null; f.NextAction = "Call"; } },
        { "Contacts", f => f.Contacts = [new() { Name = "" }] },
        { "Contacts", f => f.Contacts = [new() { Name = "M", Email = "not an address" }] },
        { "Contacts", f => f.Contacts = [new() { Name = "M", Phone = "call me" }] },
        { "Contacts", f => f.Contacts = [.. Enumerable.Range(0, 21).Select(i => new ApplicationForm.ContactRow { Name = $"C{i}" })] },
        { "AdvertText", f => f.AdvertText = new string('a', JobApplication.MaxAdvertLength + 1) },
        { "Notes", f => f.Notes = "a\0b" },
        { "Contacts", f => f.Contacts = [new() { Name = "\uD83D alone" }] },
    };

    [Theory]
    [MemberData(nameof(InvalidForms))]
    public async Task An_invalid_form_is_refused_naming_the_field_and_nothing_is_stored(string field, Action<ApplicationForm> spoil)
    {
        var userId = await NewUserAsync();
        var service = As(userId);
        var form = Form();
        spoil(form);

        var refusal = await Assert.ThrowsAsync<FormValidationException>(() => service.CreateAsync(form));

        Assert.Contains(refusal.Errors, e => e.MemberNames.Contains(field) && !string.IsNullOrWhiteSpace(e.ErrorMessage));
        Assert.Empty(await service.ListAsync());
    }

    [Fact]
    public async Task A_plain_http_link_is_kept_as_text()
    {
        var service = As(await NewUserAsync());
        var form = Form();
        form.Link = "http://careers.example.org/jobs?id=7&ref=board";

        var saved = await service.CreateAsync(form);

        Assert.Equal("http://careers.example.org/jobs?id=7&ref=board", (await service.FindAsync(saved.Id))!.Link);
    }

    [Fact]
    public async Task A_status_that_does_not_exist_is_refused()
    {
        var service = As(await NewUserAsync());
        var saved = await service.CreateAsync(Form());

        await Assert.ThrowsAsync<FormValidationException>(() => service.ChangeStatusAsync(saved.Id, (ApplicationStatus)42));
        await Assert.ThrowsAsync<FormValidationException>(() => service.CreateAsync(Form(), (ApplicationStatus)(-1)));
        Assert.Equal(ApplicationStatus.Saved, (await service.FindAsync(saved.Id))!.Status);
    }

    [Fact]
    public async Task Another_user_and_an_admin_can_neither_read_nor_change_nor_delete_an_application()
    {
        var owner = As(await NewUserAsync());
        var saved = await owner.CreateAsync(Form());

        foreach (var stranger in new[] { As(await NewUserAsync()), As(await NewUserAsync(), Roles.Admin) })
        {
            Assert.Null(await stranger.FindAsync(saved.Id));
            Assert.Empty(await stranger.ListAsync());
            await Assert.ThrowsAsync<RecordNotFoundException>(() => stranger.UpdateAsync(saved.Id, Form("Hijacked")));
            await Assert.ThrowsAsync<RecordNotFoundException>(() => stranger.ChangeStatusAsync(saved.Id, ApplicationStatus.Withdrawn));
            await Assert.ThrowsAsync<RecordNotFoundException>(() => stranger.DeleteAsync(saved.Id));
        }

        var still = (await owner.FindAsync(saved.Id))!;
        Assert.Equal("Contoso", still.Company);
        Assert.Equal(ApplicationStatus.Saved, still.Status);
        Assert.Single(still.StatusChanges);
    }

    [Fact]
    public async Task A_visitor_is_refused_before_anything_is_read()
    {
        var service = new ApplicationService(new TestContextFactory(database), TestCurrentUser.Nobody(), TestCurrentUser.Authorization, _clock);

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => service.ListAsync());
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => service.FindAsync(1));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => service.CreateAsync(Form()));
    }

    [Fact]
    public async Task A_change_that_started_from_an_older_version_is_refused_and_changes_nothing()
    {
        var service = As(await NewUserAsync());
        var saved = await service.CreateAsync(Form());
        var read = (await service.FindAsync(saved.Id))!;
        _clock.Advance(TimeSpan.FromMinutes(1));
        await service.UpdateAsync(saved.Id, Form("Newer"), read.UpdatedAt);

        await Assert.ThrowsAsync<RecordChangedException>(() => service.ChangeStatusAsync(saved.Id, ApplicationStatus.Offer, read.UpdatedAt));
        await Assert.ThrowsAsync<RecordChangedException>(() => service.UpdateAsync(saved.Id, Form("Older"), read.UpdatedAt));
        await Assert.ThrowsAsync<RecordChangedException>(() => service.DeleteAsync(saved.Id, read.UpdatedAt));

        var now = (await service.FindAsync(saved.Id))!;
        Assert.Equal(("Newer", ApplicationStatus.Saved), (now.Company, now.Status));
        Assert.Single(now.StatusChanges);
    }

    [Fact]
    public async Task Deleting_an_application_deletes_its_history()
    {
        var service = As(await NewUserAsync());
        var saved = await service.CreateAsync(Form());
        await service.ChangeStatusAsync(saved.Id, ApplicationStatus.Applied);

        await service.DeleteAsync(saved.Id);

        await using var db = database.CreateContext();
        Assert.False(await db.JobApplications.AnyAsync(a => a.Id == saved.Id));
        Assert.False(await db.ApplicationStatusChanges.AnyAsync(c => c.JobApplicationId == saved.Id));
    }

    [Fact]
    public async Task A_user_with_the_most_applications_we_keep_is_told_to_delete_some_first()
    {
        var userId = await NewUserAsync();
        await using (var db = database.CreateContext())
        {
            db.JobApplications.AddRange(Enumerable.Range(0, ApplicationService.MaxApplications).Select(i => new JobApplication
            {
                UserId = userId, Company = $"Company {i}", Role = "Analyst", StatusChangedAt = DateTime.UtcNow,
            }));
            await db.SaveChangesAsync();
        }

        var refusal = await Assert.ThrowsAsync<FormValidationException>(() => As(userId).CreateAsync(Form()));

        Assert.Contains("2,000", refusal.Message);
    }
}
