using CareerNavigator.Data.Entities;
using CareerNavigator.Web.DemoData;
using CareerNavigator.Web.Products.Generation;

namespace CareerNavigator.Tests.Products.Generation.Llm;

public static class TestInputs
{
    /// <summary>A demo persona's complete record, as the generation service would load it.</summary>
    public static GenerationInput Persona(int index = 0)
    {
        var persona = DemoPersonas.All[index];
        return new GenerationInput(1000 + index, persona.Group, persona.Profile(), persona.Jobs(), persona.Courses(), persona.Education());
    }

    /// <summary>A small record with <paramref name="text"/> in the field picked by <paramref name="slot"/>.</summary>
    public static GenerationInput WithText(string text, int slot)
    {
        var profile = new UserProfile { CareerGoals = "Become a data analyst.", CvContent = "Analyst at Norte Data (2020-2023).", Culture = "es-ES" };
        var job = new JobExperience { CompanyName = "Norte Data", Position = "Analyst", StartDate = new DateOnly(2020, 1, 1), Description = "Reports." };
        var course = new Course { CourseName = "SQL basics", Institution = "Open Campus" };
        var education = new AcademicRecord { InstitutionName = "Universidad de Prueba", Degree = "BSc", FieldOfStudy = "Statistics" };
        switch (slot % 6)
        {
            case 0: profile.CvContent = text; break;
            case 1: profile.LifeProfile = text; break;
            case 2: job.Description = text; break;
            case 3: job.CompanyName = text; break;
            case 4: course.CourseName = text; break;
            default: profile.DesiredJobLocations = ["Madrid", text]; break;
        }

        return new GenerationInput(7, UserGroup.InexperiencedWithGoal, profile, [job], [course], [education]);
    }
}
