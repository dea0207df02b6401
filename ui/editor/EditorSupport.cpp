#include "editor/EditorSupport.h"

#include <QCoreApplication>
#include <QLabel>
#include <QStringList>
#include <QStyle>
#include <QWidget>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace EditorSupport {

void setInvalid(QWidget *widget, bool invalid)
{
    if (widget->property("invalid").toBool() == invalid)
        return;
    widget->setProperty("invalid", invalid);
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

void setSeverity(QWidget *widget, const QString &severity)
{
    widget->setProperty("severity", severity);
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

QLabel *makeHeading(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setProperty("role", u"sectionHeading"_s);
    return label;
}

QLabel *makeHint(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setProperty("role", u"hint"_s);
    label->setWordWrap(true);
    return label;
}

QString joinedMessages(const QList<Validation::Finding> &findings)
{
    QStringList messages;
    for (const Validation::Finding &finding : findings)
        messages.append(finding.message);
    return messages.join(u'\n');
}

QHash<int, QString> indexedMessages(const QList<Validation::Finding> &findings, QStringView list)
{
    QHash<int, QString> messages;
    const QString prefix = list + u'/';
    for (const Validation::Finding &finding : findings) {
        if (!finding.path.startsWith(prefix))
            continue;
        bool ok = false;
        const int index = finding.path.mid(prefix.size()).section(u'/', 0, 0).toInt(&ok);
        if (!ok)
            continue;
        QString &message = messages[index];
        message = message.isEmpty() ? finding.message : message + u'\n' + finding.message;
    }
    return messages;
}

bool hasContent(const Altinn::SystemDefinition &definition)
{
    const auto hasText = [](const Altinn::LocalizedText &text) {
        return std::any_of(
            text.cbegin(), text.cend(), [](const QString &value) { return !value.trimmed().isEmpty(); });
    };
    return !suffixOf(definition.id, definition.vendorOrgNumber()).isEmpty() || hasText(definition.name)
        || hasText(definition.description) || !definition.rights.value_or(QList<Altinn::Right>{}).isEmpty()
        || !definition.accessPackages.value_or(QList<Altinn::AccessPackageRef>{}).isEmpty()
        || !definition.allowedRedirectUrls.isEmpty();
}

QString trEditor(const char *text)
{
    return QCoreApplication::translate("SystemDefinitionEditor", text);
}

QString suffixOf(const QString &id, const QString &orgNumber)
{
    const QString prefix = orgNumber + u'_';
    if (!orgNumber.isEmpty() && id.startsWith(prefix))
        return id.mid(prefix.size());
    const qsizetype underscore = id.indexOf(u'_');
    return underscore >= 0 ? id.mid(underscore + 1) : id;
}

} // namespace EditorSupport
