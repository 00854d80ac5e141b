using CareerNavigator.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerNavigator.Data.Configurations;

public sealed class OutboundEmailConfiguration : IEntityTypeConfiguration<OutboundEmail>
{
    public void Configure(EntityTypeBuilder<OutboundEmail> mail)
    {
        mail.ToTable("email_outbox");
        mail.Property(m => m.Kind).HasMaxLength(40);
        mail.Property(m => m.ToAddress).HasMaxLength(256);
        mail.Property(m => m.Subject).HasMaxLength(200);
        mail.Property(m => m.LastError).HasMaxLength(500);
        // The sender's query: mails still to deliver, by when they are due.
        mail.HasIndex(m => m.NextAttemptAt).HasFilter("sent_at IS NULL AND failed_at IS NULL");
        mail.HasOne(m => m.User).WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
