using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.Applications;
using CareerNavigator.Web.Applications.Reminders;
using CareerNavigator.Web.Import;
using CareerNavigator.Web.Onboarding;
using CareerNavigator.Web.Profiles;
using Microsoft.Extensions.Logging.Abstractions;

namespace CareerNavigator.Tests.BadInput;

/// <summary>The services the forms and uploads call, as one signed-in user, on a real PostgreSQL database.</summary>
public sealed class CorpusUser(MigratedDatabase database, int userId)
{
    private readonly TestContextFactory _contexts = new(database);

    public int Id => userId;

    public ProfileService Profiles => new(_contexts, TestCurrentUser.For(userId));

    public OnboardingService Onboarding => new(_contexts, TestCurrentUser.For(userId), TimeProvider.System);

    public UserRecordStore<JobExperience> Jobs => new(_contexts, TestCurrentUser.For(userId), TestCurrentUser.Authorization);

    public UserRecordStore<Course> Courses => new(_contexts, TestCurrentUser.For(userId), TestCurrentUser.Authorization);

    public UserRecordStore<AcademicRecord> Education => new(_contexts, TestCurrentUser.For(userId), TestCurrentUser.Authorization);

    public ProfileImportService Importer => new(_contexts, TestCurrentUser.For(userId));

    public ApplicationService Applications => new(_contexts, TestCurrentUser.For(userId), TestCurrentUser.Authorization, TimeProvider.System);

    public TimeZoneSettingService TimeZones => new(_contexts, TestCurrentUser.For(userId));

    public static CvTextExtractor CvReader { get; } = new(NullLogger<CvTextExtractor>.Instance);

    public static AdvertFileReader AdvertReader { get; } = new(CvReader);

    public static LinkedInExportReader LinkedInReader { get; } = new(NullLogger<LinkedInExportReader>.Instance);

    public static JsonResumeReader JsonResumeReader { get; } = new();
}
