#include "wizard/PublishFindingsSection.h"

#include "wizard/DefinitionDiffModel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

/// "Rights, row 2", "Name, Norwegian Nynorsk (nn)", … for a finding's path.
QString fieldLabel(const QString &path)
{
    const QString member = path.section(u'/', 1, 1);
    if (member.isEmpty())
        return PublishFindingsSection::tr("The system definition");
    const QString field = DefinitionDiffModel::fieldName(member);
    const QString second = path.section(u'/', 2, 2);
    if (second.isEmpty())
        return field;
    if (member == u"name" || member == u"description")
        return PublishFindingsSection::tr("%1, %2").arg(field, DefinitionDiffModel::languageName(second));
    bool isIndex = false;
    const int index = second.toInt(&isIndex);
    return isIndex ? PublishFindingsSection::tr("%1, row %2").arg(field).arg(index + 1) : field;
}

} // namespace

PublishFindingsSection::PublishFindingsSection(QWidget *parent)
    : QGroupBox(parent)
    , m_introLabel(new QLabel(this))
    , m_rowsLayout(new QVBoxLayout)
{
    setObjectName(u"serverFindingsBox"_s);
    m_introLabel->setObjectName(u"serverFindingsIntro"_s);
    m_introLabel->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addLayout(m_rowsLayout);
    retranslateUi();
    hide();
}

void PublishFindingsSection::retranslateUi()
{
    setTitle(tr("Altinn did not accept these values"));
    m_introLabel->setText(
        tr("Nothing was changed in Altinn. Correct each value on the system page, then come back and try "
           "again."));
    if (!m_findings.isEmpty()) {
        const QList<Validation::Finding> findings = m_findings; // setFindings() starts by clearing them
        setFindings(findings);
    }
}

void PublishFindingsSection::setFindings(const QList<Validation::Finding> &findings)
{
    clear();
    m_findings = findings;
    for (qsizetype i = 0; i < findings.size(); ++i) {
        const Validation::Finding &finding = findings.at(i);
        auto *row = new QWidget(this);
        row->setObjectName(u"serverFinding_%1"_s.arg(i));
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        const QString field = fieldLabel(finding.path);
        QString text = u"<b>"_s + field.toHtmlEscaped() + u"</b><br>"_s + finding.message.toHtmlEscaped();
        if (!finding.code.isEmpty())
            text += u" <span style=\"color:palette(placeholder-text)\">("_s + finding.code.toHtmlEscaped()
                + u")</span>"_s;
        auto *label = new QLabel(text, row);
        label->setObjectName(u"serverFindingText"_s);
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *fix = new QPushButton(tr("Fix on the system page"), row);
        fix->setObjectName(u"fixButton"_s);
        fix->setAccessibleName(tr("Fix %1 on the system page").arg(field));
        fix->setAccessibleDescription(finding.message);
        connect(fix, &QPushButton::clicked, this, [this, finding] { Q_EMIT fixRequested(finding); });
        m_fixButtons.append(fix);
        rowLayout->addWidget(label, 1);
        rowLayout->addWidget(fix, 0, Qt::AlignTop);
        m_rowsLayout->addWidget(row);
    }
    setVisible(!findings.isEmpty());
}

void PublishFindingsSection::clear()
{
    m_findings.clear();
    m_fixButtons.clear();
    while (QLayoutItem *item = m_rowsLayout->takeAt(0)) {
        if (QWidget *widget = item->widget())
            widget->deleteLater();
        delete item;
    }
    hide();
}

void PublishFindingsSection::chainTabOrder(QWidget *before, QWidget *after) const
{
    QWidget *previous = before;
    for (QPushButton *fix : m_fixButtons) {
        setTabOrder(previous, fix);
        previous = fix;
    }
    setTabOrder(previous, after);
}
