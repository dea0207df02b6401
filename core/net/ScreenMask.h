#pragma once

#include <QString>
#include <QStringList>

namespace Altinn {

/**
 * What presenter mode shows instead of identifiers and secrets on screen (client ids, key ids and
 * fingerprints, tokens, trace ids; customers' organisation numbers outside the sandbox). Unlike
 * Redaction, which removes secrets from what is logged, a masked value keeps a hint — its first few
 * characters and "…" — so the presenter can still tell values apart. Pure functions, no state.
 */
namespace ScreenMask {

/// The character that ends every hint.
inline constexpr QChar Ellipsis = QChar(0x2026);

/// @p value as a hint: at most its first four characters (a third of it for short values) and "…".
QString hint(const QString &value);

struct Options
{
    /// Mask nine-digit numbers too (organisation numbers; off in the sandbox, where they are made up).
    bool organisationNumbers = false;
    /// Values shown elsewhere as masked (a key id, say, that has no recognisable shape): masked here too.
    QStringList knownValues;
};

/**
 * @p text with every identifier and secret replaced by its hint: JWTs, UUIDs (client ids, system user
 * ids), W3C traceparents and 32-hex-digit trace ids, RFC 7638 thumbprints (43 base64url characters),
 * the known values of @p options and, when asked, organisation numbers. Everything else is kept.
 */
QString text(const QString &text, const Options &options = {});

} // namespace ScreenMask

} // namespace Altinn
