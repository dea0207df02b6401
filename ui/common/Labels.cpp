#include "common/Labels.h"

#include "common/StaleMessageGuard.h"

#include <QLabel>
#include <QStyle>

using namespace Qt::Literals::StringLiterals;

namespace Labels {

namespace {

QLabel *styled(const QString &objectName, QWidget *parent, const QString &role)
{
    QLabel *label = text(objectName, parent);
    label->setProperty("role", role);
    return label;
}

} // namespace

QLabel *heading(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setProperty("role", u"sectionHeading"_s);
    return label;
}

QLabel *text(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel *hint(const QString &objectName, QWidget *parent)
{
    return styled(objectName, parent, u"hint"_s);
}

QLabel *fieldMessage(const QString &objectName, QWidget *parent)
{
    QLabel *label = styled(objectName, parent, u"fieldMessage"_s);
    label->hide();
    return label;
}

QLabel *notice(const QString &objectName, QWidget *parent)
{
    QLabel *label = styled(objectName, parent, u"inlineMessage"_s);
    label->hide();
    return label;
}

void setStyleProperty(QWidget *widget, const char *property, const QString &value)
{
    widget->setProperty(property, value);
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

void showMessage(QLabel *label, const QString &text, const QString &kind)
{
    label->setText(text);
    label->setAccessibleName(text);
    label->setVisible(!text.isEmpty());
    setStyleProperty(label, "kind", kind);
    StaleMessageGuard::watch(label);
}

void showNotice(QLabel *label, const QString &text, const QString &severity)
{
    label->setText(text);
    label->setAccessibleName(text);
    label->setVisible(!text.isEmpty());
    setStyleProperty(label, "severity", severity);
    StaleMessageGuard::watch(label);
}

} // namespace Labels
