using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.Profiles;

namespace CareerNavigator.Tests.Applications.Sending;

/// <summary>
/// What is frozen into an application on PostgreSQL: the active CV and the application's active letter, on the first
/// move out of saved (or when created in a sent status), never on withdrawn, never again later, and never unfrozen.
/// </summary>
public sealed class FreezingTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    private Task<SentVersionsUser> NewUserAsync() => SentVersionsUser.CreateAsync(new TestContextFactory(database));

    [Fact]
    public async Task Marking_applied_freezes_the_active_cv_and_this_applications_active_letter_and_nothing_else()
    {
        var user = await NewUserAsync();
        var application = await user.SaveApplicationAsync();
        var other = await user.SaveApplicationAsync(company: "Contoso");
        await user.AddVersionAsync(1, active: false);
        var cv = await user.AddVersionAsync(2, active: true);
        var letter = await user.AddVersionAsync(1, active: true, letterFor: application.Id);
        await user.AddVersionAsync(2, active: false, letterFor: application.Id);
        await user.AddVersionAsync(1, active: true, letterFor: other.Id);
        await user.Versions.RenameAsync(cv.Id, "For data roles");
        var before = DateTime.UtcNow;

        await user.Applications.ChangeStatusAsync(application.Id, ApplicationStatus.Applied);

        Assert.Equal([cv.Id, letter.Id], await user.FrozenAsync(application.Id));
        Assert.Empty(await user.FrozenAsync(other.Id));
        var sent = await user.Applications.SentAsync(application.Id);
        Assert.Equal([(ProductType.Cv, 2, "For data roles"), (ProductType.CoverLetter, 1, null)],
            sent.Select(s => (s.Version.ProductType, s.Version.Version, s.Name)));
        Assert.All(sent, s => Assert.InRange(s.FrozenAt, before.AddSeconds(-1), DateTime.UtcNow.AddSeconds(1)));
    }

    [Theory]
    [InlineData(ApplicationStatus.Applied)]
    [InlineData(ApplicationStatus.Interview)]
    [InlineData(ApplicationStatus.Offer)]
    [InlineData(ApplicationStatus.Accepted)]
    [InlineData(ApplicationStatus.Rejected)]
    public async Task The_first_move_into_any_sent_status_freezes(ApplicationStatus status)
    {
        var user = await NewUserAsync();
        var application = await user.SaveApplicationAsync();
        var cv = await user.AddVersionAsync(1, active: true);

        await user.Applications.ChangeStatusAsync(application.Id, status);

        Assert.Equal([cv.Id], await user.FrozenAsync(application.Id));
    }

    [Fact]
    public async Task Withdrawing_freezes_nothing_and_a_later_first_move_out_still_does()
    {
        var user = await NewUserAsync();
        var application = await user.SaveApplicationAsync();
        var cv = await user.AddVersionAsync(1, active: true);

        await user.Applications.ChangeStatusAsync(application.Id, ApplicationStatus.Withdrawn);
        Assert.Empty(await user.FrozenAsync(application.Id));
        Assert.Empty(await user.Applications.SentAsync(application.Id));

        await user.Applications.ChangeStatusAsync(application.Id, ApplicationStatus.Applied);
        Assert.Equal([cv.Id], await user.FrozenAsync(application.Id));
    }

    [Fact]
    public async Task An_application_created_as_applied_freezes_the_active_cv_and_one_created_saved_does_not()
    {
        var user = await NewUserAsync();
        var cv = await user.AddVersionAsync(1, active: true);

        var applied = await user.SaveApplicationAsync(ApplicationStatus.Applied);
        var saved = await user.SaveApplicationAsync(ApplicationStatus.Saved);
        var withdrawn = await user.SaveApplicationAsync(ApplicationStatus.Withdrawn);

        Assert.Equal([cv.Id], await user.FrozenAsync(applied.Id));
        Assert.Empty(await user.FrozenAsync(saved.Id));
        Assert.Empty(await user.FrozenAsync(withdrawn.Id));
    }

    [Fact]
    public async Task Moving_back_to_saved_keeps_what_was_sent_and_a_later_move_freezes_nothing_more()
    {
        var user = await NewUserAsync();
        var application = await user.SaveApplicationAsync();
        var first = await user.AddVersionAsync(1, active: true);
        var second = await user.AddVersionAsync(2, active: false);
        await user.Applications.ChangeStatusAsync(application.Id, ApplicationStatus.Applied);

        await user.Applications.ChangeStatusAsync(application.Id, ApplicationStatus.Saved);
        await user.Versions.ActivateAsync(second.Id, first.Id);
        await user.AddVersionAsync(1, active: true, letterFor: application.Id);
        await user.Applications.ChangeStatusAsync(application.Id, ApplicationStatus.Interview);
        await user.Applications.ChangeStatusAsync(application.Id, ApplicationStatus.Offer);

        Assert.Equal([first.Id], await user.FrozenAsync(application.Id));
    }

    [Fact]
    public async Task With_no_active_version_nothing_is_frozen_then_or_later()
    {
        var user = await NewUserAsync();
        var application = await user.SaveApplicationAsync();
        await user.AddVersionAsync(1, active: false);

        await user.Applications.ChangeStatusAsync(application.Id, ApplicationStatus.Applied);
        Assert.Empty(await user.Applications.SentAsync(application.Id));

        await user.AddVersionAsync(2, active: true);
        await user.Applications.ChangeStatusAsync(application.Id, ApplicationStatus.Interview);
        Assert.Empty(await user.Applications.SentAsync(application.Id));
    }

    [Fact]
    public async Task Another_users_application_is_not_found_and_nothing_of_theirs_is_frozen_or_shown()
    {
        var owner = await NewUserAsync();
        var application = await owner.SaveApplicationAsync();
        await owner.AddVersionAsync(1, active: true);
        var stranger = await NewUserAsync();
        await stranger.AddVersionAsync(1, active: true);

        await Assert.ThrowsAsync<RecordNotFoundException>(() => stranger.Applications.ChangeStatusAsync(application.Id, ApplicationStatus.Applied));
        Assert.Empty(await owner.FrozenAsync(application.Id));

        await owner.Applications.ChangeStatusAsync(application.Id, ApplicationStatus.Applied);
        Assert.Single(await owner.Applications.SentAsync(application.Id));
        Assert.Empty(await stranger.Applications.SentAsync(application.Id));
        Assert.Empty(await stranger.Applications.SentAsync(int.MaxValue));
    }
}
