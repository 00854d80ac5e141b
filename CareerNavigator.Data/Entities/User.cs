using Microsoft.AspNetCore.Identity;

namespace CareerNavigator.Data.Entities;

/// <summary>
/// The seed's <c>users</c> row and the Identity user in one: Identity's UserName lives in the seed's
/// <c>username</c> column (it holds the email when the user picks no handle, so it stays unique).
/// </summary>
public class User : IdentityUser<int>, ITimestamped
{
    /// <summary>Null until the onboarding wizard has classified the user.</summary>
    public UserGroup? UserGroup { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public UserProfile? Profile { get; set; }
    public List<JobExperience> JobExperiences { get; set; } = [];
    public List<Course> Courses { get; set; } = [];
    public List<AcademicRecord> AcademicRecords { get; set; } = [];
    public List<GeneratedProduct> GeneratedProducts { get; set; } = [];
}
