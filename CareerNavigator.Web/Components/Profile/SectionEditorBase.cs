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

    protected TForm? Form { get; private set; }
    protected EditContext? Context { get; private set; }

    protected abstract TForm FromProfile(UserProfile profile);

    protected override async Task OnInitializedAsync()
    {
        Form = FromProfile(await Profiles.GetAsync());
        Context = new EditContext(Form);
        await OnFormLoadedAsync();
        MarkLoaded();
    }

    protected override string? Fingerprint() => Form is null ? null : JsonSerializer.Serialize(Form);

    protected virtual Task OnFormLoadedAsync() => Task.CompletedTask;

    protected override bool Validate() => Context?.Validate() == true;

    protected override bool DraftIsValid() =>
        Form is not null && Validator.TryValidateObject(Form, new ValidationContext(Form), null, validateAllProperties: true);

    protected override Task SaveCoreAsync() => Profiles.SaveAsync(Form!);
}
