#pragma once

#include "model/SystemDefinition.h"
#include "validation/Finding.h"

#include <QHash>
#include <QList>
#include <QString>

class QLabel;
class QWidget;

/// Small helpers the system definition editor's sections share: styled labels and field messages.
namespace EditorSupport {

/// @p text translated in the editor's translation context, "SystemDefinitionEditor" (its sections share the
/// editor's catalogue entries; mark the text with QT_TRANSLATE_NOOP("SystemDefinitionEditor", …)).
QString trEditor(const char *text);
/// Sets the "invalid" style property (red frame in the style sheet) and repolishes.
void setInvalid(QWidget *widget, bool invalid);
/// Sets the "severity" style property ("error", "info", "success") and repolishes.
void setSeverity(QWidget *widget, const QString &severity);
/// A section heading label.
QLabel *makeHeading(QWidget *parent, const QString &objectName);
/// A word-wrapped hint label.
QLabel *makeHint(QWidget *parent, const QString &objectName);
/// The messages of @p findings, one a line.
QString joinedMessages(const QList<Validation::Finding> &findings);
/// "/clientId/2/…" → {2: message}; several findings for one entry are joined.
QHash<int, QString> indexedMessages(const QList<Validation::Finding> &findings, QStringView list);

/// Whether @p definition has anything the person wrote or chose (client ids are filled in for them).
bool hasContent(const Altinn::SystemDefinition &definition);
/// The part of @p id after the vendor prefix: after "<orgNumber>_", else after the first '_'.
QString suffixOf(const QString &id, const QString &orgNumber);

} // namespace EditorSupport
