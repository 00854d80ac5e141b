namespace CareerNavigator.Web.Components.Profile;

/// <summary>An editor the wizard can ask to validate and save before it moves on.</summary>
public interface ISavableEditor
{
    Task<bool> SaveAsync();
}
