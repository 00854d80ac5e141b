using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Profiles.Forms;

namespace CareerNavigator.Web.Api.Records;

/// <summary>A record's API body: turns into the profile page's form for the record, whose rules then apply.</summary>
public interface IRecordResource<TEntity, TSelf>
    where TEntity : class, IUserOwned
    where TSelf : IRecordResource<TEntity, TSelf>
{
    static abstract TSelf From(TEntity entity);

    IRecordForm<TEntity> ToForm(int? id);
}
