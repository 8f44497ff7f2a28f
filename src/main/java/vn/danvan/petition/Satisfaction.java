package vn.danvan.petition;

/** The citizen's satisfaction recorded at closure (QĐ 766/QĐ-TTg counts it). */
public enum Satisfaction {
    SATISFIED, UNSATISFIED
}
