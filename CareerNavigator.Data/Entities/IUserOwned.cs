namespace CareerNavigator.Data.Entities;

/// <summary>A row that belongs to one user; services check <see cref="UserId"/> against the signed-in user.</summary>
public interface IUserOwned
{
    int Id { get; }
    int UserId { get; set; }
}
