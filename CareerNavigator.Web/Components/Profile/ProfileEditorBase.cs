using CareerNavigator.Data;
using CareerNavigator.Web.Database;
using CareerNavigator.Web.Hosting;
using CareerNavigator.Web.Profiles;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace CareerNavigator.Web.Components.Profile;

/// <summary>
/// A section of the profile that can be saved by the wizard ("Save and continue") or, on /profile, by its own
/// Save button. Saving validates on the server; a failure shows a message and keeps what the user typed.
/// </summary>
public abstract class ProfileEditorBase : ComponentBase, ISavableEditor, IDisposable
{
    [Inject] protected ISnackbar Snackbar { get; set; } = default!;
    [Inject] protected ILogger<ProfileEditorBase> Logger { get; set; } = default!;
    [Inject] protected TimeProvider Clock { get; set; } = default!;

    /// <summary>On /profile each section has its own Save button; in the wizard the wizard saves.</summary>
    [Parameter] public bool ShowSaveButton { get; set; }

    [Parameter] public EventCallback OnSaved { get; set; }

    /// <summary>The wizard's step form, when the editor is one of its steps.</summary>
    [CascadingParameter] private EnterSubmits? StepForm { get; set; }

    private EnterSubmits? _sectionForm;

    /// <summary>
    /// What Enter in the editor's one-line fields submits: on /profile the section's own form (its Save button), in the
    /// wizard the step's. The editor hands it to its <see cref="EditorFrame"/>, which passes it on to the light text
    /// fields; a MudBlazor field joins it with <c>form="@EnterSubmits?.FormId"</c>.
    /// </summary>
    protected EnterSubmits? EnterSubmits => ShowSaveButton ? _sectionForm ??= EnterSubmits.NewSection() : StepForm;

    protected bool Saving { get; private set; }

    protected string? ServerError { get; set; }

    /// <summary>A passing state the user should know about, e.g. "reconnecting to the database".</summary>
    protected string? Notice { get; private set; }

    /// <summary>Validates and saves; false (with messages shown) when nothing could be saved.</summary>
    public async Task<bool> SaveAsync()
    {
        if (Saving)
        {
            return false;
        }

        Saving = true;
        var shownBefore = (ServerError, Notice);
        var saved = false;
        ServerError = null;
        try
        {
            if (!Validate())
            {
                return false;
            }
            if (!AlreadySaved(out var fingerprint))
            {
                await SaveUntilTheDatabaseAnswersAsync();
                _savedFingerprint = fingerprint;
            }
            await OnSaved.InvokeAsync();
            if (ShowSaveButton)
            {
                Snackbar.Add("Saved.", Severity.Success);
            }
            saved = true;
            return true;
        }
        catch (Exception e) when (e is FormValidationException or RecordChangedException)
        {
            ServerError = e.Message;
            return false;
        }
        catch (Exception e) when (DatabaseRetryPolicy.IsTransient(e))
        {
            ServerError = "We still can't reach the database. Your answers are still on this page: please try again in a minute.";
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
            Notice = null;
            // A refused save shows its messages. In the wizard a save that succeeds changes nothing on screen (the
            // wizard renders the next step), so it costs no render of its own.
            if (!saved || ShowSaveButton || (ServerError, Notice) != shownBefore)
            {
                StateHasChanged();
            }
        }
    }

    /// <summary>
    /// A database restart must not cost the user what they typed: the form stays as it is, a short notice says
    /// what is happening, and the save is retried until the database answers (or patience runs out).
    /// </summary>
    private Task SaveUntilTheDatabaseAnswersAsync() => DatabasePatience.RunAsync(SaveCoreAsync, () =>
    {
        Notice = "Reconnecting to the database… Your answers are safe on this page and will be saved as soon as it's back.";
        StateHasChanged();
    }, Logger, "saving " + GetType().Name, Clock);

    /// <summary>The editor's "Draft saved at" line (<c>&lt;DraftStatus @ref="DraftLine" /&gt;</c>).</summary>
    protected DraftStatus? DraftLine { get; set; }

    /// <summary>
    /// Saves long texts while the user types (after a pause), so a closed tab or a dropped connection loses
    /// nothing. Silent: an invalid draft is simply not saved until the user fixes it.
    /// </summary>
    protected async Task SaveDraftAsync()
    {
        if (Saving || !DraftIsValid() || AlreadySaved(out var fingerprint))
        {
            return;
        }

        try
        {
            await SaveCoreAsync();
            _savedFingerprint = fingerprint;
            DraftLine?.Show(Clock.GetUtcNow().UtcDateTime);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Logger.LogWarning(e, "Saving a draft in {Editor} failed; the next save will retry.", GetType().Name);
        }
    }

    protected virtual bool DraftIsValid() => false;

    /// <summary>How long the user has to pause typing before the draft is saved.</summary>
    internal static TimeSpan DraftPause { get; set; } = TimeSpan.FromSeconds(1.5);

    private ITimer? _draftTimer;
    private bool _fieldShowsTheEdit;

    /// <summary>
    /// After an edit in one of the editor's text fields (<c>@bind-Value:after="TextEdited"</c>): the field already shows
    /// its new value and its own validation message, so the editor skips the render the change would cost it (on the
    /// wizard's busiest path), and the draft is saved once the user has paused typing for <see cref="DraftPause"/>.
    /// </summary>
    protected void TextEdited()
    {
        _fieldShowsTheEdit = true;
        _draftTimer ??= Clock.CreateTimer(_ => _ = InvokeAsync(SaveDraftAsync), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _draftTimer.Change(DraftPause, Timeout.InfiniteTimeSpan);
    }

    protected override bool ShouldRender()
    {
        var render = !_fieldShowsTheEdit;
        _fieldShowsTheEdit = false;
        return render;
    }

    public virtual void Dispose() => _draftTimer?.Dispose();

    private string? _savedFingerprint;

    /// <summary>
    /// What a save would write, as text, so that saving what is already saved (the draft saved while the user paused,
    /// a step they only looked at) costs no database round trip. Null when the editor cannot tell: it then always saves.
    /// </summary>
    protected virtual string? Fingerprint() => null;

    /// <summary>Records the form as it was loaded: "Save and continue" on an untouched step writes nothing.</summary>
    protected void MarkLoaded() => _savedFingerprint = Fingerprint();

    private bool AlreadySaved(out string? fingerprint)
    {
        fingerprint = Fingerprint();
        return fingerprint is not null && fingerprint == _savedFingerprint;
    }

    /// <summary>Client-side (circuit) validation; the service validates again before writing.</summary>
    protected abstract bool Validate();

    protected abstract Task SaveCoreAsync();
}
