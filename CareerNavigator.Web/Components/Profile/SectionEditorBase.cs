using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Profiles;
using CareerNavigator.Web.Profiles.Forms;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace CareerNavigator.Web.Components.Profile;

/// <summary>An editor for some columns of the user's profile row, through one <typeparamref name="TForm"/>.</summary>
public abstract class SectionEditorBase<TForm> : ProfileEditorBase where TForm : class, IProfileSection
{
    [Inject] protected ProfileService Profiles { get; set; } = default!;
    [Inject] private IServiceProvider Services { get; set; } = default!;

    private IDisposable? _validation;

    protected TForm? Form { get; private set; }
    protected EditContext? Context { get; private set; }

    protected abstract TForm FromProfile(UserProfile profile);

    protected override async Task OnInitializedAsync()
    {
        var form = FromProfile(await ReadProfileAsync());
        // The fields show only once everything the step loads is in: text typed into a field shown earlier would be
        // overwritten when the rest arrived.
        await OnFormLoadedAsync();
        Form = form;
        Context = new EditContext(form);
        // What <EditForm><DataAnnotationsValidator/> does, without their two components per step: the editors cascade
        // the context to their fields themselves, and a wizard step change builds a new editor (BENCHMARKS.md, circuit load).
        _validation = Context.EnableDataAnnotationsValidation(Services);
        MarkLoaded();
    }

    protected override string? Fingerprint() => Form is null ? null : JsonSerializer.Serialize(Form);

    /// <summary>Reads the profile row; a step that shows more beside it may read that in the same statement.</summary>
    protected virtual Task<UserProfile> ReadProfileAsync() => Profiles.GetAsync();

    /// <summary>Loads what the step keeps outside the profile row; runs before the form is shown.</summary>
    protected virtual Task OnFormLoadedAsync() => Task.CompletedTask;

    protected override bool Validate() => Context?.Validate() == true;

    protected override bool DraftIsValid() =>
        Form is not null && Validator.TryValidateObject(Form, new ValidationContext(Form), null, validateAllProperties: true);

    protected override Task SaveCoreAsync() => Profiles.SaveAsync(Form!);

    public override void Dispose()
    {
        _validation?.Dispose();
        base.Dispose();
    }
}
