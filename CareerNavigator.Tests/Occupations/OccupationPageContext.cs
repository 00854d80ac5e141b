using Bunit;
using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.Occupations;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareerNavigator.Tests.Occupations;

/// <summary>bunit in an interactive circuit with the real occupation services over a test database holding the ESCO sample.</summary>
public static class OccupationPageContext
{
    public static async Task SeedOnceAsync(MigratedDatabase database)
    {
        await using var db = database.CreateContext();
        if (!await db.EscoOccupations.AnyAsync())
        {
            await EscoSample.SeedAsync(db);
        }
    }

    public static async Task<int> IdOfAsync(MigratedDatabase database, string uri)
    {
        await using var db = database.CreateContext();
        return await db.EscoOccupations.Where(o => o.Uri == uri).Select(o => o.Id).SingleAsync();
    }

    public static BunitContext Create(MigratedDatabase database, User signedIn)
    {
        var ctx = ComponentTestContext.Create(database);
        ctx.Services.AddOccupationServices();
        ctx.SignIn(signedIn.Id, signedIn.Email!);
        ctx.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        return ctx;
    }
}
