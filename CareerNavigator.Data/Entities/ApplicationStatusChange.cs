namespace CareerNavigator.Data.Entities;

/// <summary>One status an application took, and when: the first row is its saving, each later one a move.</summary>
public class ApplicationStatusChange
{
    public int Id { get; set; }
    public int JobApplicationId { get; set; }
    public JobApplication? JobApplication { get; set; }

    /// <summary>Null on the first row, when the application was saved.</summary>
    public ApplicationStatus? FromStatus { get; set; }
    public ApplicationStatus ToStatus { get; set; }
    public DateTime ChangedAt { get; set; }
}
