using CareerNavigator.Web.Hosting;
using CareerNavigator.Web.Profiles;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace CareerNavigator.Web.Components.Profile;

/// <summary>
/// A section of the profile that can be saved by the wizard ("Save and continue") or, on /profile, by its own
/// Save button. Saving validates on the server; a failure shows a message and keeps what the user typed.
/// </summary>
public abstract class ProfileEditorBase : ComponentBase, ISavableEditor
{
    [Inject] protected ISnackbar Snackbar { get; set; } = default!;
    [Inject] protected ILogger<ProfileEditorBase> Logger { get; set; } = default!;

    /// <summary>On /profile each section has its own Save button; in the wizard the wizard saves.</summary>
    [Parameter] public bool ShowSaveButton { get; set; }

    [Parameter] public EventCallback OnSaved { get; set; }

    protected bool Saving { get; private set; }

    protected string? ServerError { get; set; }

    /// <summary>Validates and saves; false (with messages shown) when nothing could be saved.</summary>
    public async Task<bool> SaveAsync()
    {
        if (Saving)
        {
            return false;
        }

        Saving = true;
        ServerError = null;
        try
        {
            if (!Validate())
            {
                return false;
            }
            await SaveCoreAsync();
            await OnSaved.InvokeAsync();
            if (ShowSaveButton)
            {
                Snackbar.Add("Saved.", Severity.Success);
            }
            return true;
        }
        catch (FormValidationException e)
        {
            ServerError = e.Message;
            return false;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var reference = Logger.LogWithReference(e, "Saving {Editor}", GetType().Name);
            ServerError = $"Sorry, we couldn't save this just now. Please try again. (Reference {reference})";
            return false;
        }
        finally
        {
            Saving = false;
            StateHasChanged();
        }
    }

    protected DateTime? DraftSavedAt { get; private set; }

    /// <summary>
    /// Saves long texts while the user types (after a pause), so a closed tab or a dropped connection loses
    /// nothing. Silent: an invalid draft is simply not saved until the user fixes it.
    /// </summary>
    protected async Task SaveDraftAsync()
    {
        if (Saving || !DraftIsValid())
        {
            return;
        }

        try
        {
            await SaveCoreAsync();
            DraftSavedAt = DateTime.Now;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Logger.LogWarning(e, "Saving a draft in {Editor} failed; the next save will retry.", GetType().Name);
        }
        StateHasChanged();
    }

    protected virtual bool DraftIsValid() => false;

    /// <summary>Client-side (circuit) validation; the service validates again before writing.</summary>
    protected abstract bool Validate();

    protected abstract Task SaveCoreAsync();
}
