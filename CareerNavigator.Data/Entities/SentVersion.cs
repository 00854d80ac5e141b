namespace CareerNavigator.Data.Entities;

/// <summary>
/// A document version sent with a job application: when the application is first marked applied, its active cover
/// letter and the CV sent with it are frozen into it (<c>application_sent_versions</c>). A frozen version can no longer
/// be edited or deleted: the database refuses deleting a version still named here (NO ACTION), so only deleting the
/// application (or the account) lets it go. <see cref="CreatedAt"/> is when it was frozen.
/// </summary>
public class SentVersion : ITimestamped
{
    public int JobApplicationId { get; set; }
    public JobApplication? JobApplication { get; set; }

    public int GeneratedProductId { get; set; }
    public GeneratedProduct? GeneratedProduct { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
