namespace CareerNavigator.Data.Entities;

/// <summary>A row that belongs to one user; by id, only that user (or an admin) may use it.</summary>
public interface IUserOwned
{
    int Id { get; }
    int UserId { get; set; }
}
