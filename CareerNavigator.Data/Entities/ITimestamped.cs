namespace CareerNavigator.Data.Entities;

/// <summary>Rows whose created_at/updated_at the context maintains (UTC) on every save.</summary>
public interface ITimestamped
{
    DateTime CreatedAt { get; set; }
    DateTime UpdatedAt { get; set; }
}
