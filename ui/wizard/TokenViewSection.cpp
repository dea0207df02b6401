#include "wizard/TokenViewSection.h"

#include "common/Labels.h"
#include "common/ScreenMasking.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

TokenViewSection::TokenViewSection(QWidget *parent)
    : QWidget(parent)
    , m_heading(Labels::heading(u"tokenHeading"_s, this))
    , m_claimsTable(new QTableWidget(0, 3, this))
    , m_countdownLabel(new QLabel(this))
    , m_copyButton(new QPushButton(this))
    , m_copyWarning(Labels::fieldMessage(u"copyWarning"_s, this))
{
    setObjectName(u"resultSection"_s);
    m_claimsTable->setObjectName(u"claimsTable"_s);
    m_claimsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_claimsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_claimsTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_claimsTable->setWordWrap(true);
    m_claimsTable->setTabKeyNavigation(false);
    m_claimsTable->verticalHeader()->hide();
    m_claimsTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_claimsTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_claimsTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_claimsTable->horizontalHeader()->resizeSection(1, 280);
    m_claimsTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The page scrolls, not the table: every claim is in view at once.
    m_claimsTable->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_claimsTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_claimsTable->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);

    m_countdownLabel->setObjectName(u"countdownLabel"_s);
    QFont countdownFont = m_countdownLabel->font();
    countdownFont.setBold(true);
    m_countdownLabel->setFont(countdownFont);
    m_copyButton->setObjectName(u"copyTokenButton"_s);
    m_copyWarning->setTextFormat(Qt::PlainText);

    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_countdownLabel);
    tokenRow->addSpacing(16);
    tokenRow->addWidget(m_copyButton);
    tokenRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_claimsTable);
    layout->addLayout(tokenRow);
    layout->addWidget(m_copyWarning);
    setTabOrder(m_claimsTable, m_copyButton);

    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &TokenViewSection::updateCountdown);
    m_expiry.setSingleShot(true);
    connect(&m_expiry, &QTimer::timeout, this, &TokenViewSection::updateCountdown);
    connect(m_copyButton, &QPushButton::clicked, this, &TokenViewSection::copyToken);
    connect(ScreenMasking::instance(), &ScreenMasking::changed, this, &TokenViewSection::maskValues);
    retranslateUi();
    clear();
}

TokenViewSection::~TokenViewSection()
{
    // The clipboard outlives the section: do not leave a secret there.
    forgetToken();
}

void TokenViewSection::retranslateUi()
{
    m_heading->setText(tr("The token"));
    m_claimsTable->setHorizontalHeaderLabels({tr("Claim"), tr("Value"), tr("What it means")});
    m_claimsTable->setAccessibleName(tr("Claims of the system user token"));
    m_copyButton->setText(tr("C&opy token"));
    m_copyButton->setAccessibleName(tr("Copy the token to the clipboard"));
    m_copyButton->setToolTip(tr(
        "The token is not shown: it is a secret that lets anyone act as this system user until it expires."));
    updateCountdown();
}

QWidget *TokenViewSection::firstInTabOrder() const
{
    return m_claimsTable;
}

QWidget *TokenViewSection::lastInTabOrder() const
{
    return m_copyButton;
}

void TokenViewSection::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateCountdown();
}

void TokenViewSection::hideEvent(QHideEvent *event)
{
    // Nobody looks at the countdown now; it catches up from the clock when shown again.
    m_countdown.stop();
    QWidget::hideEvent(event);
}

void TokenViewSection::showToken(const QByteArray &token, const QJsonObject &claims,
    const QList<Altinn::ClaimRow> &rows, const QDateTime &expiresAt)
{
    clear();
    m_token = token;
    m_claims = claims;
    m_expiresAt = expiresAt;
    m_claimsTable->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const Altinn::ClaimRow &claim = rows.at(row);
        const QStringList cells{claim.claim, claim.value, claim.explanation};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            item->setData(Qt::UserRole, cells.at(column));
            m_claimsTable->setItem(row, column, item);
        }
    }
    maskValues();
    show();
    m_claimsTable->resizeRowsToContents();
    // Gone from memory (and the clipboard) when it expires, whether or not the page is on screen.
    m_expiry.start(int(std::min<qint64>(secondsLeft(), 24 * 3600)) * 1000 + 500);
    updateCountdown();
}

void TokenViewSection::clear()
{
    forgetToken();
    m_claims = {};
    m_expiresAt = {};
    m_claimsTable->setRowCount(0);
    m_copyWarning->hide();
    hide();
}

qint64 TokenViewSection::secondsLeft() const
{
    if (m_claims.isEmpty())
        return 0;
    // expires_in counted on this computer's clock needs no clock comparison at all (and stays right when
    // the sandbox's time travel puts a token's `exp` in the sandbox's future).
    if (m_expiresAt.isValid())
        return std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(m_expiresAt));
    // `exp` is Maskinporten's time: compare it with Maskinporten's clock, not this computer's.
    const qint64 skew = m_skew ? m_skew() : 0;
    return Altinn::TokenClaimsExplainer::secondsLeft(m_claims, QDateTime::currentDateTimeUtc().addSecs(skew));
}

void TokenViewSection::updateCountdown()
{
    if (m_claims.isEmpty()) {
        m_countdown.stop();
        return;
    }
    const qint64 left = secondsLeft();
    if (left > 0) {
        m_countdownLabel->setText(Altinn::TokenClaimsExplainer::countdownText(left));
        m_countdownLabel->setAccessibleName(tr("Token expires: %1").arg(m_countdownLabel->text()));
        m_copyButton->setEnabled(!m_token.isEmpty());
        if (isVisible() && !m_countdown.isActive())
            m_countdown.start();
        return;
    }
    m_countdown.stop();
    m_countdownLabel->setText(tr("Expired — get a new token."));
    m_countdownLabel->setAccessibleName(m_countdownLabel->text());
    forgetToken();
    m_copyWarning->hide();
}

void TokenViewSection::forgetToken()
{
    if (m_token.isEmpty())
        return;
    // A token the user copied is worthless soon, but until then a secret on the clipboard. Only while we
    // still own the clipboard: reading another program's would wait for it on the UI thread.
    QClipboard *clipboard = m_copied && QGuiApplication::instance() ? QGuiApplication::clipboard() : nullptr;
    if (clipboard && clipboard->ownsClipboard() && clipboard->text() == QString::fromLatin1(m_token))
        clipboard->clear();
    m_copied = false;
    m_token.clear();
    m_expiry.stop();
    m_copyButton->setEnabled(false);
}

void TokenViewSection::copyToken()
{
    const qint64 left = secondsLeft();
    if (m_token.isEmpty() || left <= 0)
        return;
    QGuiApplication::clipboard()->setText(QString::fromLatin1(m_token));
    m_copied = true;
    Labels::showMessage(m_copyWarning,
        tr("Copied. The token is a secret: anyone who has it can act as this system user for %n more "
           "second(s). Paste it only where you need it — never into chats, tickets or files.",
            nullptr, int(left)),
        u"warning"_s);
}

void TokenViewSection::maskValues()
{
    // Presenter mode: the values that identify the token, the client or the customer show as hints.
    const ScreenMasking *masking = ScreenMasking::instance();
    for (int row = 0; row < m_claimsTable->rowCount(); ++row) {
        QTableWidgetItem *item = m_claimsTable->item(row, 1);
        const QTableWidgetItem *claimItem = m_claimsTable->item(row, 0);
        if (!item || !claimItem)
            continue;
        const QString value = item->data(Qt::UserRole).toString();
        const QString claim = claimItem->text();
        const bool identifier = claim == u"jti" || claim == u"client_id";
        const QString shown = identifier ? masking->maskValue(value) : masking->maskText(value);
        item->setText(shown);
        item->setToolTip(shown == value ? value : shown + u'\n' + ScreenMasking::maskedNote());
    }
}
