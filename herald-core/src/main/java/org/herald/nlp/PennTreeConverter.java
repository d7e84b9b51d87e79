package org.herald.nlp;

import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalStructure;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a Penn Treebank parse (as PETRARCH records carry it) into Herald's {@link ParsedSentence} with basic UD
 * dependencies, using CoreNLP's converter, so both coders can be compared on the very same parse. Needs no
 * models: conversion and lemmatization are rule-based.
 */
public final class PennTreeConverter {
    private PennTreeConverter() {}

    /** @throws IllegalArgumentException if the bracketing is not a tree */
    public static ParsedSentence convert(int index, String penn) {
        int depth = 0;
        for (char c : penn.toCharArray()) {
            if (c == '(') depth++;
            else if (c == ')' && --depth < 0) throw new IllegalArgumentException("unbalanced brackets: a ')' closes nothing");
        }
        // CoreNLP's reader quietly closes a truncated tree; a parse cut short is bad input, not a parse.
        if (depth != 0) throw new IllegalArgumentException("unbalanced brackets: " + depth + " '(' left open");
        Tree tree;
        try {
            tree = Tree.valueOf(penn.strip());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a Penn tree: " + e.getMessage(), e);
        }
        if (tree == null || tree.getLeaves().isEmpty()) throw new IllegalArgumentException("empty or malformed Penn tree");
        List<TaggedWord> tagged = tree.taggedYield();
        List<Token> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < tagged.size(); i++) {
            TaggedWord tw = tagged.get(i);
            String word = tw.word();
            if (text.length() > 0) text.append(' ');
            int begin = text.length();
            text.append(word);
            String lemma = Morphology.lemmaStatic(word, tw.tag());
            tokens.add(new Token(i + 1, word, lemma, tw.tag(), "O", begin, text.length()));
        }
        GrammaticalStructure gs = new UniversalEnglishGrammaticalStructure(tree);
        List<Dependency> deps = new ArrayList<>();
        for (TypedDependency td : gs.typedDependencies()) {
            int gov = td.gov().index();
            int dep = td.dep().index();
            if (dep < 1 || dep > tokens.size()) continue;
            deps.add(new Dependency(gov, dep, gov == 0 ? "root" : td.reln().toString()));
        }
        return new ParsedSentence(index, text.toString(), tokens, deps);
    }

}
