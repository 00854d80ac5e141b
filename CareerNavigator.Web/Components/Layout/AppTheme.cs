using MudBlazor;

namespace CareerNavigator.Web.Components.Layout;

public static class AppTheme
{
    private static readonly string[] FontStack =
        ["Inter", "system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"];

    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f5aa6",
            Secondary = "#0f8a7e",
            Tertiary = "#f29f05",
            AppbarBackground = "#ffffff",
            AppbarText = "#1b2733",
            Background = "#f6f8fb",
            DrawerBackground = "#ffffff",
            TextPrimary = "#1b2733",
            TextSecondary = "#52606d",
            // Darker than MudBlazor's defaults, so that alert text on its tinted background meets WCAG AA contrast.
            Error = "#b71c1c",
            Success = "#2e7d32",
            Warning = "#a15c00",
            Info = "#1565c0",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = FontStack },
            H1 = new H1Typography { FontFamily = FontStack, FontWeight = "700" },
            H2 = new H2Typography { FontFamily = FontStack, FontWeight = "700" },
            H3 = new H3Typography { FontFamily = FontStack, FontWeight = "700" },
            H4 = new H4Typography { FontFamily = FontStack, FontWeight = "700" },
            H5 = new H5Typography { FontFamily = FontStack, FontWeight = "600" },
            H6 = new H6Typography { FontFamily = FontStack, FontWeight = "600" },
            Button = new ButtonTypography { FontFamily = FontStack, FontWeight = "600", TextTransform = "none" },
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "10px" },
    };
}
