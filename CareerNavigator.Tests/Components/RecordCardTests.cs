using Bunit;
using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.Components.Profile;

namespace CareerNavigator.Tests.Components;

/// <summary>The cards the profile's record lists show for each saved record.</summary>
public sealed class RecordCardTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public async Task A_course_card_names_the_course_with_its_institution_or_else_its_provider()
    {
        await using var db = database.CreateContext();
        var user = await TestUsers.AddAsync(db, UserGroup.ExperiencedContinuing);
        db.Courses.AddRange(
            new Course { UserId = user.Id, CourseName = "Paediatric Basic Life Support", Institution = "Lifeline Training Institute", Provider = "Online" },
            new Course { UserId = user.Id, CourseName = "SQL for analysts", Provider = "Coursera" },
            new Course { UserId = user.Id, CourseName = "Self-taught Git" });
        await db.SaveChangesAsync();
        await using var ctx = ComponentTestContext.Create(database).WithProfileServices();
        ctx.SignIn(user.Id, user.Email!);

        var editor = ctx.Render<CoursesEditor>();

        editor.WaitForAssertion(() =>
        {
            var titles = editor.FindAll(".mud-typography-subtitle1").Select(t => t.TextContent.Trim()).ToList();
            Assert.Contains("Paediatric Basic Life Support · Lifeline Training Institute", titles);
            Assert.Contains("SQL for analysts · Coursera", titles);
            Assert.Contains("Self-taught Git", titles);
        }, TimeSpan.FromSeconds(15));
    }
}
