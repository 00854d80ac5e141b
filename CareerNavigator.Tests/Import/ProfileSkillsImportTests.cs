using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Tests.Products.Versions;
using CareerNavigator.Web.Import;
using CareerNavigator.Web.Products.Types;
using CareerNavigator.Web.Products.Types.Cv;
using CareerNavigator.Web.Products.Versions.Export;
using CareerNavigator.Web.Profiles.Skills;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace CareerNavigator.Tests.Import;

/// <summary>Skills.csv and JSON Resume <c>skills</c> reach <c>user_skills</c>, and from there the CV and its JSON Resume.</summary>
public sealed class ProfileSkillsImportTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    private static readonly string[] FiveSkills = ["C#", "PostgreSQL", "Team Leadership", "Docker", "Public Speaking"];

    private static byte[] LinkedInExport() => ZipFiles.Create(
        ("Basic_LinkedInDataExport_12-07-2026/Profile.csv", ZipFiles.WithBom(
            "First Name,Last Name,Headline,Summary,Geo Location\nJane,Doe,Backend engineer,,\"Berlin, Germany\"\n")),
        ("Basic_LinkedInDataExport_12-07-2026/Positions.csv", ZipFiles.WithBom(
            "Company Name,Title,Description,Location,Started On,Finished On\nAcme GmbH,Senior Engineer,,,Mar 2019,\n")),
        ("Basic_LinkedInDataExport_12-07-2026/Skills.csv", ZipFiles.WithBom("Name\n" + string.Join('\n', FiveSkills) + "\n")));

    [Fact]
    public async Task A_linkedin_export_adds_its_skills_confirmed_and_a_second_import_adds_none()
    {
        var user = await UserAsync();
        var profile = await ReadLinkedInAsync();

        var first = await Importer(user).ApplyAsync(profile);
        var second = await Importer(user).ApplyAsync(profile);

        Assert.Equal(new SectionOutcome(5, 0), first.Skills);
        Assert.Equal(new SectionOutcome(0, 5), second.Skills);
        var skills = await Skills(user).ListAsync();
        Assert.Equal(FiveSkills, skills.Select(s => s.Name));
        Assert.All(skills, s => Assert.Equal((SkillSource.LinkedIn, true), (s.Source, s.Confirmed)));
    }

    [Fact]
    public async Task A_skill_already_on_the_profile_keeps_its_source_and_level()
    {
        var user = await UserAsync();
        await Skills(user).AddAsync(new SkillForm { Name = "docker", Level = "Expert" });

        var outcome = await Importer(user).ApplyAsync(new ImportedProfile
        {
            Skills = [new("Docker", "Beginner"), new("Kubernetes", "Intermediate")], SkillSource = SkillSource.JsonResume,
        });

        Assert.Equal(new SectionOutcome(1, 1), outcome.Skills);
        var skills = await Skills(user).ListAsync();
        Assert.Equal([("docker", "Expert", SkillSource.Typed), ("Kubernetes", "Intermediate", SkillSource.JsonResume)],
            skills.Select(s => (s.Name, s.Level, s.Source)));
    }

    [Fact]
    public async Task Unticked_skills_are_not_written_and_another_users_skills_are_no_duplicates()
    {
        var (a, b) = (await UserAsync(), await UserAsync());
        await Skills(a).AddAsync(new SkillForm { Name = "SQL" });
        var imported = new ImportedProfile { Skills = [new("SQL")], SkillSource = SkillSource.LinkedIn };

        Assert.Equal(SectionOutcome.None, (await Importer(b).ApplyAsync(imported, new ImportSelection { Skills = false })).Skills);
        Assert.Empty(await Skills(b).ListAsync());
        Assert.Equal(new SectionOutcome(1, 0), (await Importer(b).ApplyAsync(imported)).Skills);
        Assert.Equal(SkillSource.Typed, Assert.Single(await Skills(a).ListAsync()).Source);
    }

    [Fact]
    public async Task Linkedin_skills_reach_the_cv_and_its_json_resume_imports_them_into_a_fresh_account()
    {
        var (owner, fresh) = (await UserAsync(), await UserAsync());
        await Importer(owner).ApplyAsync(await ReadLinkedInAsync());

        var version = (await VersionsFor.GenerateAsync(database, owner, ProductType.Cv, 1))[0];
        var cv = ProductJson.Deserialize<CvContent>(version.Content);
        Assert.Equal(FiveSkills, cv.Skills);

        var resume = new JsonResumeReader().Read(JsonResumeExport.Write(cv, version));
        Assert.True(resume.Succeeded, resume.Error);
        await Importer(fresh).ApplyAsync(resume.Value!);

        var skills = await Skills(fresh).ListAsync();
        Assert.Equal(FiveSkills, skills.Select(s => s.Name));
        Assert.All(skills, s => Assert.Equal((SkillSource.JsonResume, true), (s.Source, s.Confirmed)));
    }

    [Fact]
    public async Task Unconfirmed_skills_stay_out_of_the_cv()
    {
        var user = await UserAsync();
        await Skills(user).AddAsync(new SkillForm { Name = "Negotiation" });
        await using (var db = database.CreateContext())
        {
            db.UserSkills.Add(new UserSkill { UserId = user, Name = "Welding", NormalizedName = "welding", Source = SkillSource.OccupationMatch });
            db.UserProfiles.Add(new UserProfile { UserId = user, FullName = "Sam Lee" });
            db.Courses.Add(new Course { UserId = user, CourseName = "Contract law" });
            await db.SaveChangesAsync();
        }

        var cv = ProductJson.Deserialize<CvContent>((await VersionsFor.GenerateAsync(database, user, ProductType.Cv, 1))[0].Content);

        Assert.Contains("Negotiation", cv.Skills);
        Assert.DoesNotContain("Welding", cv.Skills);
    }

    private static async Task<ImportedProfile> ReadLinkedInAsync()
    {
        var read = await new LinkedInExportReader(NullLogger<LinkedInExportReader>.Instance).ReadAsync(new MemoryStream(LinkedInExport()));
        Assert.True(read.Succeeded, read.Error);
        Assert.Equal(FiveSkills, read.Value!.Skills.Select(s => s.Name));
        return read.Value;
    }

    private async Task<int> UserAsync()
    {
        await using var db = database.CreateContext();
        return (await TestUsers.AddAsync(db)).Id;
    }

    private ProfileImportService Importer(int userId) => new(new TestContextFactory(database), TestCurrentUser.For(userId));

    private UserSkillService Skills(int userId) => new(new TestContextFactory(database), TestCurrentUser.For(userId));
}
