#include "editor/ValidationPanel.h"

#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

ValidationPanel::ValidationPanel(QWidget *parent)
    : QWidget(parent)
    , m_headingLabel(new QLabel(this))
    , m_summaryLabel(new QLabel(this))
    , m_showAllButton(new QPushButton(this))
    , m_list(new QListWidget(this))
{
    setObjectName(u"validationPanel"_s);
    m_headingLabel->setObjectName(u"validationHeadingLabel"_s);
    m_headingLabel->setProperty("role", u"sectionHeading"_s);
    m_headingLabel->setBuddy(m_list);
    m_summaryLabel->setObjectName(u"validationSummaryLabel"_s);
    m_summaryLabel->setProperty("role", u"validationSummary"_s);
    m_summaryLabel->setWordWrap(true);
    m_showAllButton->setObjectName(u"showAllProblemsButton"_s);
    m_showAllButton->hide();
    m_list->setObjectName(u"findingsList"_s);
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setUniformItemSizes(false);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setSpacing(2);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_headingLabel);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_showAllButton, 0, Qt::AlignLeft);
    layout->addWidget(m_list, 1);
    // Takes the room of the hidden list when there is nothing to show.
    layout->addStretch(0);

    const auto activate = [this](QListWidgetItem *item) {
        const int index = item ? item->data(Qt::UserRole).toInt() : -1;
        if (index >= 0 && index < m_findings.size())
            Q_EMIT findingActivated(m_findings.at(index));
    };
    connect(m_showAllButton, &QPushButton::clicked, this, &ValidationPanel::showAllRequested);
    connect(m_list, &QListWidget::itemClicked, this, activate);
    connect(m_list, &QListWidget::itemActivated, this, activate);
    retranslateUi();
}

void ValidationPanel::setFindings(const QList<Validation::Finding> &findings)
{
    m_findings = findings;
    // Errors first, each group in the order of the form (the validator's order).
    std::stable_sort(
        m_findings.begin(), m_findings.end(), [](const Validation::Finding &a, const Validation::Finding &b) {
            return a.isError() && !b.isError();
        });
    refresh();
}

void ValidationPanel::setHiddenErrorCount(int count)
{
    if (count == m_hiddenErrors)
        return;
    m_hiddenErrors = count;
    refresh();
}

void ValidationPanel::setFieldNamer(FieldNamer namer)
{
    m_namer = std::move(namer);
    refresh();
}

QString ValidationPanel::defaultFieldName(const QString &path)
{
    static const QRegularExpression indexed(
        u"^/(rights|accessPackages|clientId|allowedRedirectUrls)/(\\d+)"_s);
    const QRegularExpressionMatch match = indexed.match(path);
    if (match.hasMatch()) {
        const int number = match.captured(2).toInt() + 1;
        const QString list = match.captured(1);
        if (list == u"rights")
            return tr("Right %1").arg(number);
        if (list == u"accessPackages")
            return tr("Access package %1").arg(number);
        if (list == u"clientId")
            return tr("Client id %1").arg(number);
        return tr("Redirect URL %1").arg(number);
    }
    const auto language = [](QStringView code) {
        if (code == u"nb")
            return tr("Bokmål");
        if (code == u"nn")
            return tr("Nynorsk");
        if (code == u"en")
            return tr("English");
        return code.toString();
    };
    if (path.startsWith(u"/name/"))
        return tr("Name (%1)").arg(language(QStringView(path).mid(6)));
    if (path.startsWith(u"/description/"))
        return tr("Description (%1)").arg(language(QStringView(path).mid(13)));
    if (path == u"/id")
        return tr("System id");
    if (path.startsWith(u"/vendor"))
        return tr("Vendor");
    if (path == u"/clientId")
        return tr("Client ids");
    if (path == u"/isVisible")
        return tr("Visibility");
    if (path.isEmpty())
        return tr("Rights and access packages");
    return path;
}

void ValidationPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ValidationPanel::retranslateUi()
{
    m_headingLabel->setText(tr("&Problems"));
    m_list->setAccessibleName(tr("Problems found"));
    m_list->setToolTip(tr("Click a problem, or press Enter on it, to go to the field."));
    // No mnemonic: the wizard's buttons and the editor's fields have the letters (issue 14).
    m_showAllButton->setText(tr("Show &what is missing"));
    m_showAllButton->setAccessibleName(tr("Show what is missing"));
    refresh();
}

void ValidationPanel::refresh()
{
    const auto errors = std::count_if(
        m_findings.cbegin(), m_findings.cend(), [](const Validation::Finding &f) { return f.isError(); });
    const auto warnings = m_findings.size() - errors;
    QString summary;
    QString state;
    if (m_findings.isEmpty() && m_hiddenErrors > 0) {
        // Nothing touched yet is wrong; the rest is not filled in yet, so not red either.
        summary = tr("Problems are listed here once you have filled in a field. %n field(s) still need "
                     "something before you can continue.",
            nullptr, m_hiddenErrors);
        state = u"pending"_s;
    } else if (m_findings.isEmpty()) {
        summary = tr("No problems found. The definition is ready to be registered.");
        state = u"ok"_s;
    } else if (errors == 0) {
        summary = m_hiddenErrors > 0
            ? tr("%n warning(s); read them first.", nullptr, int(warnings))
            : tr("%n warning(s). You can continue, but read them first.", nullptr, int(warnings));
        state = u"warning"_s;
    } else {
        summary = tr("%n error(s) to fix before you can continue.", nullptr, int(errors));
        if (warnings > 0)
            summary += u' ' + tr("Also %n warning(s).", nullptr, int(warnings));
        state = u"error"_s;
    }
    if (!m_findings.isEmpty() && m_hiddenErrors > 0)
        summary += u' ' + tr("%n more in fields not filled in yet.", nullptr, m_hiddenErrors);
    m_showAllButton->setVisible(m_hiddenErrors > 0);
    m_summaryLabel->setText(summary);
    m_summaryLabel->setAccessibleName(summary);
    m_summaryLabel->setProperty("state", state);
    m_summaryLabel->style()->unpolish(m_summaryLabel);
    m_summaryLabel->style()->polish(m_summaryLabel);

    const int current = m_list->currentRow();
    m_list->clear();
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (int i = 0; i < m_findings.size(); ++i) {
        const Validation::Finding &finding = m_findings.at(i);
        const QString severity = finding.isError() ? tr("Error") : tr("Warning");
        const QString text = tr("%1 · %2").arg(severity, fieldName(finding.path)) + u'\n' + finding.message;
        auto *item = new QListWidgetItem(finding.isError() ? errorIcon : warningIcon, text, m_list);
        item->setData(Qt::UserRole, i);
        item->setData(Qt::AccessibleTextRole, text);
        item->setToolTip(finding.code.isEmpty() ? finding.message : finding.message + u"\n\n" + finding.code);
    }
    m_list->setVisible(!m_findings.isEmpty());
    if (current >= 0 && current < m_list->count())
        m_list->setCurrentRow(current);
}

QString ValidationPanel::fieldName(const QString &path) const
{
    const QString name = m_namer ? m_namer(path) : QString();
    return name.isEmpty() ? defaultFieldName(path) : name;
}
