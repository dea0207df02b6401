#include "editor/RightsSection.h"

#include "editor/EditorSupport.h"
#include "editor/ResourceListModel.h"
#include "editor/RightsPicker.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QSet>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

RightsSection::RightsSection(QWidget *parent)
    : QWidget(parent)
    , m_introLabel(EditorSupport::makeHint(this, u"rightsIntroLabel"_s))
    , m_picker(new RightsPicker(this))
{
    setObjectName(u"rightsPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addWidget(m_picker, 1);
    retranslateUi();
}

QString RightsSection::keyOf(const Altinn::Right &right)
{
    const QString resourceId = right.resourceId();
    if (!resourceId.isEmpty() || right.resource.isEmpty())
        return resourceId;
    return right.resource.constFirst().value;
}

void RightsSection::showRights(const QList<Altinn::Right> &rights)
{
    QStringList keys;
    for (const Altinn::Right &right : rights)
        keys.append(keyOf(right));
    keys.removeAll(QString());
    m_picker->setSelectedIdentifiers(keys);
}

QList<Altinn::Right> RightsSection::chosenRights(const QList<Altinn::Right> &current) const
{
    const QStringList selected = m_picker->selectedIdentifiers();
    QList<Altinn::Right> rights;
    QSet<QString> present;
    for (const Altinn::Right &right : current) {
        const QString key = keyOf(right);
        if (key.isEmpty() || selected.contains(key)) {
            rights.append(right);
            present.insert(key);
        }
    }
    for (const QString &identifier : selected) {
        if (!present.contains(identifier))
            rights.append(Altinn::Right::forResource(identifier));
    }
    return rights;
}

void RightsSection::focusRight(int index, const QList<Altinn::Right> &rights)
{
    m_picker->focusResource(index >= 0 && index < rights.size() ? keyOf(rights.at(index)) : QString());
}

QString RightsSection::fieldName(int index, const QList<Altinn::Right> &rights, const QString &language) const
{
    if (index < 0 || index >= rights.size())
        return {};
    const QString key = keyOf(rights.at(index));
    const Altinn::ServiceResource *resource = m_picker->model()->resourceAt(m_picker->model()->rowOf(key));
    // The editor's translation context (see IdentitySection.cpp).
    return QCoreApplication::translate("SystemDefinitionEditor", "Right %1 (%2)")
        .arg(index + 1)
        .arg(resource ? resource->titleIn(language) : key);
}

void RightsSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RightsSection::retranslateUi()
{
    m_introLabel->setText(QCoreApplication::translate("SystemDefinitionEditor",
        "Rights are services in Altinn's resource registry that your system "
        "needs to act on for a customer. Only resource types the system register "
        "accepts are listed; tick the ones you need."));
}
