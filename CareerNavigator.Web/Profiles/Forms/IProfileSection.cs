using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.Profiles.Forms;

/// <summary>A form that edits some columns of the user's <c>user_profiles</c> row.</summary>
public interface IProfileSection
{
    void ApplyTo(UserProfile profile);
}

/// <summary>A form that edits one row of a user's list (jobs, courses, education).</summary>
public interface IRecordForm<TEntity> where TEntity : class, IUserOwned
{
    int? Id { get; }

    TEntity Create();

    void ApplyTo(TEntity entity);
}
