#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

/// The top of the person screen: what the person path is, in two sentences, and a link-styled button to
/// "Which way fits your system?".
class PersonIntroSection : public QWidget
{
    Q_OBJECT

public:
    explicit PersonIntroSection(QWidget *parent = nullptr);

    QPushButton *comparisonButton() const { return m_comparisonButton; }

Q_SIGNALS:
    void comparisonRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void applyLinkColour();

    QLabel *m_heading;
    QLabel *m_text;
    QPushButton *m_comparisonButton;
};
