#pragma once

#include <QHash>
#include <QStringList>
#include <QWidget>

class QCheckBox;
class QLabel;
class StringListEditor;

/**
 * Who may use the system, on the editor's General tab: the Maskinporten client ids, the redirect
 * URLs and whether customers can find the system in Altinn (forced off while it has
 * client-relationship packages).
 */
class AccessSection : public QWidget
{
    Q_OBJECT

public:
    explicit AccessSection(QWidget *parent = nullptr);

    StringListEditor *clientIdsEditor() const { return m_clientIdsEditor; }
    StringListEditor *redirectEditor() const { return m_redirectEditor; }
    QCheckBox *visibilityCheckBox() const { return m_visibilityCheckBox; }

    /// Shows @p visible without emitting visibilityToggled(); @p clientPackages (names) force it off.
    void setVisibility(bool visible, const QStringList &clientPackages);
    /// Problems per client id and redirect URL (index into the list), and of the visibility.
    void setMessages(const QHash<int, QString> &clientIdMessages, const QHash<int, QString> &redirectMessages,
        const QString &visibilityMessage);

Q_SIGNALS:
    void clientIdsChanged(const QStringList &clientIds);
    void redirectUrlsChanged(const QStringList &urls);
    void visibilityToggled(bool visible);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateExplanation();

    QLabel *m_clientIdsHeading;
    QLabel *m_clientIdsHintLabel;
    StringListEditor *m_clientIdsEditor;
    QLabel *m_redirectHeading;
    QLabel *m_redirectHintLabel;
    StringListEditor *m_redirectEditor;
    QLabel *m_visibilityHeading;
    QCheckBox *m_visibilityCheckBox;
    QLabel *m_visibilityExplanationLabel;
    QStringList m_clientPackages;
};
