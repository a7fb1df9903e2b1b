"""druk"""
